/** JMH benchmarks of the dynamics engine and the Green's-function engine. */
package org.magent.benchmarks;
