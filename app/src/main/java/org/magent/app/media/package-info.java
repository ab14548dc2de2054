/** Media on the command line: the registry (the only Guice injector), the models and params commands, medium options. */
package org.magent.app.media;
