/** Small concurrency helpers shared by the commands that run work on thread pools. */
package org.magent.app.concurrent;
