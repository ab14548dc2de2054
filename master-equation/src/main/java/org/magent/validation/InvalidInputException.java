package org.magent.validation;

/**
 * An input that magent refuses: a parameter out of its domain, a malformed value, an unknown name.
 *
 * <p>The message always names the parameter, the offending value and its unit, so that the
 * command line can print it as it is and exit with status 2.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the parameter at fault. */
    private final String parameter;

    /**
     * Creates the exception.
     *
     * @param parameter the name of the parameter at fault, as the user wrote it
     * @param message the full message: what is wrong, the value and its unit
     */
    public InvalidInputException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /**
     * Creates the exception with the failure that revealed the bad input (kept for {@code --debug} traces).
     *
     * @param parameter the name of the parameter at fault, as the user wrote it
     * @param message the full message: what is wrong, the value and its unit
     * @param cause the underlying failure, e.g. a parser's exception
     */
    public InvalidInputException(String parameter, String message, Throwable cause) {
        super(message, cause);
        this.parameter = parameter;
    }

    /**
     * Returns the name of the parameter at fault.
     *
     * @return the parameter name
     */
    public String parameter() {
        return parameter;
    }
}
