/** Output formats and destinations: aligned tables, CSV, JSON, atomic file writing. */
package org.magent.app.output;
