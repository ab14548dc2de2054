package org.magent.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a user command: runs a few small, representative magent commands in one JVM ({@code models}, {@code evolve},
 * {@code batch}, {@code params}), so that the launcher can record the classes they load
 * ({@code -XX:DumpLoadedClassList}) for a class-data-sharing archive; later runs map that archive instead of
 * loading and verifying the classes one by one, which shortens start-up. The sweep and its plots are left out:
 * their classes would make the archive a quarter larger for every command, and a sweep runs for seconds anyway.
 * Writes only into a temporary directory, which it removes.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    /**
     * Runs the training commands.
     *
     * @param args unused
     * @throws IOException if the temporary directory cannot be used
     * @throws IllegalStateException if a command fails (the launcher then starts without an archive)
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("magent-startup");
        PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        try {
            Path cases = dir.resolve("cases.csv");
            Files.write(cases, List.of("a,at,A,At,d,Dd,Jperp,Jz,D,Delta1,Delta2",
                    "1,0.1,0.9+0.1i,0.05-0.02i,0.01,0.005i,0.2,-0.1,0.05,1.3,0.7", "1,0,1,0,0,0,0,0,0,1,1"));
            for (List<String> command : List.of(
                    List.of("models"),
                    List.of("evolve", "--rates", "a=1,at=0.1,A=0.9+0.1i,At=0.05-0.02i,d=0.01,Dd=0.005i,Jperp=0.2,"
                            + "Jz=-0.1,D=0.05,Delta1=1.3,Delta2=0.7", "--initial", "ud", "--t-max", "10", "--steps",
                            "20", "--steady"),
                    List.of("batch", "--input", cases.toString(), "--t-max", "5", "--steps", "20", "--initial", "ud",
                            "--output", dir.resolve("out.csv").toString()),
                    List.of("params", "--medium", "ferromagnet", "--set",
                            "dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=0", "--qubits",
                            "Delta1=0.5,Delta2=0.5,lambda=1", "--temperature", "0.1", "--separation", "2.0", "--format",
                            "json"))) {
                int code = Main.run(command.toArray(String[]::new), none, none);
                if (code != ExitCode.OK) {
                    throw new IllegalStateException("start-up training: 'magent " + String.join(" ", command)
                            + "' exited with " + code);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
