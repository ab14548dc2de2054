package org.magent.qubits.crosscheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.magent.qubits.state.DensityMatrix;

/**
 * Reader of the QuTiP fixtures in src/test/resources/qutip/ (written by
 * src/test/python/generate_qutip_fixtures.py): CSV with '#' header comments and one column-name row.
 */
final class QutipFixtures {

    /** One random bath and initial state; complex numbers as {re, im}; natural units. */
    record Case(int id, double delta1, double delta2, double a, double aTilde, double[] coupling,
            double[] couplingTilde, double jPerp, double jz, double dmi, double dephasing, double[] dephasingCoupling,
            double tMax, int steps, double[] psi0Re, double[] psi0Im, String initial) {
    }

    /** One sample of a trajectory: ρ(t) (normalised), the two reference concurrences, success (NaN if absent). */
    record Sample(int caseId, int k, double t, DensityMatrix rho, double concurrenceQutip, double concurrenceSvd,
            double success) {
    }

    private QutipFixtures() {
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        Table table = read("cases.csv");
        for (Map<String, String> r : table.rows) {
            out.add(new Case(Integer.parseInt(r.get("case")), num(r, "delta1"), num(r, "delta2"), num(r, "a"),
                    num(r, "at"), complex(r, "A"), complex(r, "At"), num(r, "jPerp"), num(r, "jz"), num(r, "D"),
                    num(r, "d"), complex(r, "Dd"), num(r, "tMax"), Integer.parseInt(r.get("steps")),
                    amplitudes(r, "re"), amplitudes(r, "im"), r.get("initial")));
        }
        return out;
    }

    static List<Sample> unmonitored() {
        return samples("unmonitored.csv");
    }

    static List<Sample> postselected() {
        return samples("postselected.csv");
    }

    private static List<Sample> samples(String file) {
        List<Sample> out = new ArrayList<>();
        for (Map<String, String> r : read(file).rows) {
            double[] re = new double[16];
            double[] im = new double[16];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    re[i * 4 + j] = num(r, "rho_" + i + j + "_re");
                    im[i * 4 + j] = num(r, "rho_" + i + j + "_im");
                }
            }
            out.add(new Sample(Integer.parseInt(r.get("case")), Integer.parseInt(r.get("k")), num(r, "t"),
                    DensityMatrix.of(re, im), num(r, "C_qutip"), num(r, "C_svd"),
                    r.containsKey("success") ? num(r, "success") : Double.NaN));
        }
        return out;
    }

    private static double[] amplitudes(Map<String, String> r, String part) {
        String[] basis = DensityMatrix.BASIS;
        double[] x = new double[4];
        for (int i = 0; i < 4; i++) {
            x[i] = num(r, "psi0_" + basis[i] + "_" + part);
        }
        return x;
    }

    private static double num(Map<String, String> r, String column) {
        String v = r.get(column);
        if (v == null) {
            throw new IllegalStateException("fixture column missing: " + column);
        }
        return Double.parseDouble(v);
    }

    private static double[] complex(Map<String, String> r, String name) {
        return new double[] {num(r, name + "_re"), num(r, name + "_im")};
    }

    private record Table(List<String> header, List<Map<String, String>> rows) {
    }

    private static Table read(String file) {
        String path = "/qutip/" + file;
        try (InputStream in = QutipFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("fixture not on the test classpath: " + path);
            }
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = br.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (header == null) {
                    header = List.of(f);
                    continue;
                }
                if (f.length != header.size()) {
                    throw new IllegalStateException(file + ": row has " + f.length + " fields, header " + header.size());
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < f.length; i++) {
                    row.put(header.get(i), f[i]);
                }
                rows.add(row);
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
