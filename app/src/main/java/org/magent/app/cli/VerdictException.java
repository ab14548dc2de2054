package org.magent.app.cli;

/**
 * A physical verdict that stops a command: an unstable medium or bath, a violated condition. Reported in one
 * line on standard error with exit status 1; it is not an error of the input.
 */
public class VerdictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the verdict.
     *
     * @param message what is unstable or violated, where and by how much
     */
    public VerdictException(String message) {
        super(message);
    }
}
