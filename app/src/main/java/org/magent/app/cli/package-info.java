/** The command line entry point: subcommand dispatch, exit statuses, error reporting, start-up configuration. */
package org.magent.app.cli;
