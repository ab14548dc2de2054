package org.magent.app.cli;

/** The magent command line entry point (placeholder until the CLI lands). */
public final class Main {

    private Main() {
    }

    /**
     * Runs magent.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.out.println("magent");
    }
}
