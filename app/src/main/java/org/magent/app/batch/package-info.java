/** The batch command: many evolutions from a CSV of rates, run in parallel, summarised in input order. */
package org.magent.app.batch;
