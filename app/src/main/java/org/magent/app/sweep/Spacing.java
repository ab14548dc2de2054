package org.magent.app.sweep;

/** How a range start:stop:count is filled. */
public enum Spacing {
    /** Equal steps. */
    linear,
    /** Equal ratios (start and stop must be positive). */
    log
}
