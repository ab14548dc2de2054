package org.magent.medium.greens;

import org.magent.validation.InvalidInputException;

/**
 * The requested accuracy needs a finer or larger grid than the memory budget allows. The message states the grid
 * that would be needed and its memory.
 */
public class InsufficientResolutionException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; the parameter is always "grid".
     *
     * @param message what grid was needed, how much memory (bytes) it takes and the budget
     */
    public InsufficientResolutionException(String message) {
        super("grid", message);
    }

    /**
     * Creates the exception with the refusal it adds to; the parameter is always "grid".
     *
     * @param message what grid was needed, how much memory (bytes) it takes and the budget
     * @param cause the refusal being explained further
     */
    public InsufficientResolutionException(String message, Throwable cause) {
        super("grid", message, cause);
    }
}
