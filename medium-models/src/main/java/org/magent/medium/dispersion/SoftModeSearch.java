package org.magent.medium.dispersion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.magent.medium.StabilityReport;

/**
 * Finds the minimum of a band ω_k numerically, for the medium's own stability ω_k ≥ 0 for all k (docs/physics.md,
 * level 1; paper Supplement (v)).
 *
 * <p>Lattice: a uniform grid over the Brillouin zone [−π, π)^d. Continuum: a uniform grid over the box
 * |k_μ| ≤ {@value #BOX} plus logarithmic shells |k| = 10^{−4} … 10^{7} along many directions (the large-k
 * behaviour: a band that turns down at large k is found there). The lowest points are then refined by a pattern
 * search (step halving) to ≈ 1e-12 relative precision in k. A minimum below −{@value #TOLERANCE} × (the band's
 * scale, max |ω_k| on the grid) is a soft mode.
 */
public final class SoftModeSearch {

    /** Half-width of the continuum box scanned uniformly (1/medium length unit). */
    public static final double BOX = 10;

    /** Relative tolerance below zero (times the band's scale) before a minimum counts as a soft mode. */
    public static final double TOLERANCE = 1e-10;

    /** The largest |k| of the continuum shells (1/medium length unit). */
    public static final double FAR = 1e7;

    private static final int REFINED_STARTS = 4;

    /** The band ω(kx, ky, kz) being scanned (natural units, energy); +∞ counts as "very high". */
    @FunctionalInterface
    public interface BandFunction {
        /**
         * ω_k.
         *
         * @param kx wave-vector component x (1/medium length unit)
         * @param ky wave-vector component y (1/medium length unit)
         * @param kz wave-vector component z (1/medium length unit)
         * @return ω_k (natural units, energy), possibly +∞
         */
        double omega(double kx, double ky, double kz);
    }

    /**
     * The minimum found.
     *
     * @param kx x component of the minimising k (1/medium length unit)
     * @param ky y component (1/medium length unit)
     * @param kz z component (1/medium length unit)
     * @param omega ω at that k (natural units, energy)
     * @param scale max |ω_k| over the uniform grid (natural units, energy), sets the tolerance
     * @param largeKExponent continuum only: the smallest over directions of d ln ω/d ln|k| between |k| = FAR/10
     *     and FAR (2 for a quadratic band; NaN on a lattice or when ω is not positive there)
     * @param atScanEdge whether the minimum lies on the outermost shell (the band turns down at large k)
     */
    public record Minimum(double kx, double ky, double kz, double omega, double scale, double largeKExponent,
            boolean atScanEdge) {

        /**
         * Whether the minimum is a soft mode, ω below −{@link #TOLERANCE}·scale.
         *
         * @return true when the band is unstable
         */
        public boolean soft() {
            return omega < -TOLERANCE * Math.max(scale, Double.MIN_NORMAL);
        }

        /**
         * The verdict, one finding naming k and ω_k at the minimum when it is a soft mode.
         *
         * @param band what the band is, for the message (e.g. "omega = 0.1 + kx^2 - 0.5*kx")
         * @return the stability report
         */
        public StabilityReport report(String band) {
            if (!soft()) {
                return StabilityReport.ok();
            }
            return StabilityReport.of(List.of(String.format(Locale.ROOT,
                    "soft mode: omega_k = %.6g < 0 (natural units, energy) at k = (%.6g, %.6g, %.6g) (1/medium length "
                            + "unit), the minimum of %s%s; the medium is unstable",
                    omega, kx, ky, kz, band, atScanEdge ? " at the edge of the scan (|k| = " + FAR
                            + "): the band is unbounded below at large k" : "")));
        }
    }

    private SoftModeSearch() {
    }

    /**
     * Scans a band for its minimum.
     *
     * @param band the band
     * @param dimension d, 1 to 3 (components beyond d are passed as 0)
     * @param lattice true for k in the Brillouin zone (lattice constant 1)
     * @return the minimum found
     */
    public static Minimum search(BandFunction band, int dimension, boolean lattice) {
        if (dimension < 1 || dimension > 3) {
            throw new IllegalArgumentException("dimension " + dimension + " is not 1, 2 or 3");
        }
        List<double[]> points = new ArrayList<>(); // {kx, ky, kz, omega, step}
        double scale = 0;
        int n = lattice ? (dimension == 1 ? 2048 : dimension == 2 ? 192 : 40)
                : (dimension == 1 ? 4001 : dimension == 2 ? 201 : 41);
        double spacing = lattice ? 2 * Math.PI / n : 2 * BOX / (n - 1);
        double origin = lattice ? -Math.PI : -BOX;
        int n2 = dimension > 1 ? n : 1;
        int n3 = dimension > 2 ? n : 1;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n2; b++) {
                for (int c = 0; c < n3; c++) {
                    double[] k = {origin + a * spacing, dimension > 1 ? origin + b * spacing : 0,
                        dimension > 2 ? origin + c * spacing : 0};
                    double w = band.omega(k[0], k[1], k[2]);
                    if (Double.isFinite(w)) {
                        scale = Math.max(scale, Math.abs(w));
                    }
                    keepLowest(points, new double[] {k[0], k[1], k[2], w, spacing});
                }
            }
        }
        double exponent = Double.NaN;
        if (!lattice) {
            exponent = Double.POSITIVE_INFINITY;
            for (double[] u : directions(dimension)) {
                double previous = Double.NaN;
                for (int j = 0; j <= 110; j++) {
                    double r = Math.pow(10, -4 + j / 10.0);
                    double w = band.omega(r * u[0], r * u[1], r * u[2]);
                    keepLowest(points, new double[] {r * u[0], r * u[1], r * u[2], w, 0.05 * r});
                    if (j == 110) {
                        exponent = Math.min(exponent, previous > 0 && w > 0 ? Math.log10(w / previous) : Double.NaN);
                    }
                    if (j == 100) {
                        previous = w;
                    }
                }
            }
        }
        Minimum best = null;
        for (double[] start : points) {
            Minimum m = refine(band, dimension, lattice, start, scale, exponent);
            if (best == null || m.omega() < best.omega()) {
                best = m;
            }
        }
        return best;
    }

    /** Keeps the {@value #REFINED_STARTS} lowest points. */
    private static void keepLowest(List<double[]> points, double[] p) {
        if (points.size() < REFINED_STARTS) {
            points.add(p);
        } else {
            double[] worst = points.stream().max(Comparator.comparingDouble(q -> q[3])).orElseThrow();
            if (p[3] < worst[3]) {
                points.set(points.indexOf(worst), p);
            }
        }
    }

    /** Pattern search: try ±step along every axis and every diagonal, halve the step when nothing improves. */
    private static Minimum refine(BandFunction band, int d, boolean lattice, double[] start, double scale,
            double exponent) {
        double[] k = {start[0], start[1], start[2]};
        double w = start[3];
        double step = start[4];
        int[][] moves = moves(d);
        for (int iteration = 0; iteration < 400 && step > 1e-13 * Math.max(1, norm(k)); iteration++) {
            double[] bestK = null;
            double bestW = w;
            for (int[] move : moves) {
                double[] trial = {k[0] + step * move[0], k[1] + step * move[1], k[2] + step * move[2]};
                if (lattice && !inZone(trial)) {
                    continue;
                }
                double tw = band.omega(trial[0], trial[1], trial[2]);
                if (tw < bestW) {
                    bestW = tw;
                    bestK = trial;
                }
            }
            if (bestK == null) {
                step /= 2;
            } else {
                k = bestK;
                w = bestW;
            }
        }
        boolean edge = !lattice && norm(k) >= 0.99 * FAR;
        return new Minimum(k[0] + 0.0, k[1] + 0.0, k[2] + 0.0, w, scale, exponent, edge);
    }

    private static boolean inZone(double[] k) {
        return Math.abs(k[0]) <= Math.PI && Math.abs(k[1]) <= Math.PI && Math.abs(k[2]) <= Math.PI;
    }

    private static double norm(double[] k) {
        return Math.sqrt(k[0] * k[0] + k[1] * k[1] + k[2] * k[2]);
    }

    private static int[][] moves(int d) {
        List<int[]> out = new ArrayList<>();
        for (int a = -1; a <= 1; a++) {
            for (int b = d > 1 ? -1 : 0; b <= (d > 1 ? 1 : 0); b++) {
                for (int c = d > 2 ? -1 : 0; c <= (d > 2 ? 1 : 0); c++) {
                    if (a != 0 || b != 0 || c != 0) {
                        out.add(new int[] {a, b, c});
                    }
                }
            }
        }
        return out.toArray(int[][]::new);
    }

    /** Unit vectors: ±x in d = 1, 72 angles in d = 2, 240 Fibonacci-sphere points in d = 3. */
    private static List<double[]> directions(int d) {
        List<double[]> out = new ArrayList<>();
        if (d == 1) {
            out.add(new double[] {1, 0, 0});
            out.add(new double[] {-1, 0, 0});
        } else if (d == 2) {
            for (int i = 0; i < 72; i++) {
                double t = 2 * Math.PI * i / 72;
                out.add(new double[] {Math.cos(t), Math.sin(t), 0});
            }
        } else {
            int m = 240;
            double golden = Math.PI * (3 - Math.sqrt(5));
            for (int i = 0; i < m; i++) {
                double z = 1 - 2 * (i + 0.5) / m;
                double rho = Math.sqrt(1 - z * z);
                out.add(new double[] {rho * Math.cos(golden * i), rho * Math.sin(golden * i), z});
            }
            for (int axis = 0; axis < 3; axis++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    double[] u = new double[3];
                    u[axis] = sign;
                    out.add(u);
                }
            }
        }
        return out;
    }
}
