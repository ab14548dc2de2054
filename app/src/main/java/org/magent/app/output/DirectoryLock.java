package org.magent.app.output;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.magent.validation.InvalidInputException;

/**
 * An output directory reserved for one run: a lock file {@value #NAME} inside it, created atomically
 * ({@code CREATE_NEW}), holding the owner's process id, host and start time. A second run that finds the lock
 * of a live process refuses (exit 2, naming the lock file and the owner); a lock whose process has ended (killed,
 * crashed) is stale and is taken over. The lock is removed when the run closes it, and by a shutdown hook when the
 * process is interrupted (Ctrl-C).
 */
public final class DirectoryLock implements AutoCloseable {

    /** The lock file's name. */
    public static final String NAME = ".magent.lock";
    private static final int ATTEMPTS = 3;

    private final Path file;
    private final Thread hook;
    private boolean released;

    private DirectoryLock(Path file) {
        this.file = file;
        this.hook = new Thread(this::delete, "magent-lock-release");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Reserves a directory that exists.
     *
     * @param dir the directory
     * @param option the option that named it, for messages (e.g. "--output-dir")
     * @return the lock, to be closed when the run ends
     * @throws InvalidInputException when another live process holds the directory, or the lock cannot be written
     */
    public static DirectoryLock acquire(Path dir, String option) {
        Path file = dir.resolve(NAME);
        String content = owner();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                Files.writeString(file, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                return new DirectoryLock(file);
            } catch (FileAlreadyExistsException e) {
                Optional<String> holder = liveHolder(file);
                if (holder.isPresent()) {
                    throw new InvalidInputException(option.replaceFirst("^--", ""), option + " " + dir
                            + " is in use by another magent run (" + holder.get() + ", lock file " + file
                            + "); wait for it to finish, choose another directory, or delete the lock file if that"
                            + " process is not magent");
                }
                try {
                    Files.deleteIfExists(file); // stale: its process has ended
                } catch (IOException gone) {
                    // another run may have removed or replaced it; try again
                }
            } catch (IOException e) {
                throw new InvalidInputException(option.replaceFirst("^--", ""), option + " " + dir
                        + ": cannot create the lock file " + file + " (" + TempFiles.reason(e) + ")");
            }
        }
        throw new InvalidInputException(option.replaceFirst("^--", ""), option + " " + dir
                + " is being claimed by other magent runs at the same time (lock file " + file + ")");
    }

    /** pid=…, host=…, started=… of this process. */
    private static String owner() {
        ProcessHandle self = ProcessHandle.current();
        return "pid=" + self.pid() + "\nhost=" + host() + "\nstarted="
                + self.info().startInstant().map(Object::toString).orElse("unknown") + "\n";
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The owner of an existing lock while its process lives ("process 123 on host h"), else empty (stale). */
    static Optional<String> liveHolder(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("unreadable lock");
        }
        long pid = -1;
        String host = null;
        String started = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("pid=")) {
                try {
                    pid = Long.parseLong(line.substring(4).strip());
                } catch (NumberFormatException e) {
                    pid = -1;
                }
            } else if (line.startsWith("host=")) {
                host = line.substring(5).strip();
            } else if (line.startsWith("started=")) {
                started = line.substring(8).strip();
            }
        }
        if (pid <= 0) {
            // being written by its owner this very moment, or damaged: treat a fresh one as held
            return isFresh(file) ? Optional.of("a run that is starting") : Optional.empty();
        }
        String who = "process " + pid + (host == null ? "" : " on " + host);
        if (host != null && !host.equals(host())) {
            return Optional.of(who); // another machine: its process cannot be checked here
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return Optional.empty();
        }
        String actualStart = p.get().info().startInstant().map(Object::toString).orElse(null);
        if (started != null && actualStart != null && !started.equals("unknown") && !started.equals(actualStart)) {
            return Optional.empty(); // the id was reused by a later process
        }
        return Optional.of(who);
    }

    private static boolean isFresh(Path file) {
        try {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis();
            return age < 10_000;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The lock file.
     *
     * @return its path
     */
    public Path file() {
        return file;
    }

    private synchronized void delete() {
        if (!released) {
            released = true;
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // best effort: a lock left behind is stale once this process ends
            }
        }
    }

    /** Removes the lock. */
    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs (and finds the lock released)
        }
    }
}
