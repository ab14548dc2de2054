package org.magent.app.output;

import java.nio.file.Path;

/** A process that creates a temporary output file and waits to be stopped (for {@link TempFilesTest}). */
public final class TempFileHolder {

    private TempFileHolder() {
    }

    /**
     * Creates the file in the directory given as the argument, prints its path, and sleeps.
     *
     * @param args the directory
     * @throws Exception never in practice
     */
    public static void main(String[] args) throws Exception {
        System.out.println(TempFiles.create(Path.of(args[0]), ".out.csv.", ".tmp"));
        System.out.flush();
        Thread.sleep(120_000);
    }
}
