package org.magent.app.output;

/** Output formats of the commands that print results. */
public enum Format {
    /** Aligned columns for reading, with comment lines ({@code #}) for metadata. */
    table,
    /** Comma-separated values: one header line, then rows; metadata in a trailing {@code #} comment block. */
    csv,
    /** One JSON object. */
    json
}
