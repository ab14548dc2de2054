package org.magent.medium.tabulated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.TwoSiteCorrelator;
import org.magent.validation.Checks;

/**
 * A tabulated spectral matrix (docs/physics.md): 𝒜_11(ω) = −2 Im G_11(ω) and 𝒜_12(ω; r) = i[G_12 − G_21*] on a
 * uniform grid of frequencies ω_i = omegaMin + i·omegaStep (natural units, energy) times an ascending list of
 * separations r_j (medium length unit), with 𝒜 in natural units, 1/energy (the unit of G times 1).
 */
public final class SpectrumTable {

    private final double omegaMin;
    private final double omegaStep;
    private final double[] separations;
    private final double[] a11;
    private final double[][] a12Re;
    private final double[][] a12Im;

    /**
     * Creates the table (arrays are copied).
     *
     * @param omegaMin the first frequency ω_0 (natural units, energy)
     * @param omegaStep the frequency step Δω (natural units, energy), positive
     * @param separations the separations r_j, strictly ascending, at least one (medium length unit)
     * @param a11 𝒜_11(ω_i), at least two values (natural units, 1/energy)
     * @param a12Re Re 𝒜_12(ω_i; r_j), indexed [j][i] (natural units, 1/energy)
     * @param a12Im Im 𝒜_12(ω_i; r_j), indexed [j][i] (natural units, 1/energy)
     * @throws IllegalArgumentException when the shapes disagree, a value is not finite or r is not ascending
     */
    public SpectrumTable(double omegaMin, double omegaStep, double[] separations, double[] a11, double[][] a12Re,
            double[][] a12Im) {
        Checks.finite("omegaMin", omegaMin, "natural units, energy");
        Checks.positive("omegaStep", omegaStep, "natural units, energy");
        if (a11.length < 2 || separations.length < 1) {
            throw new IllegalArgumentException("a spectrum table needs at least 2 frequencies and 1 separation");
        }
        if (a12Re.length != separations.length || a12Im.length != separations.length) {
            throw new IllegalArgumentException("A12 has not one row per separation");
        }
        this.omegaMin = omegaMin;
        this.omegaStep = omegaStep;
        this.separations = separations.clone();
        this.a11 = finite("A11", a11.clone());
        this.a12Re = new double[separations.length][];
        this.a12Im = new double[separations.length][];
        for (int j = 0; j < separations.length; j++) {
            Checks.finite("r", separations[j], "medium length unit");
            if (j > 0 && !(separations[j] > separations[j - 1])) {
                throw new IllegalArgumentException("separations are not strictly ascending at r = " + separations[j]);
            }
            if (a12Re[j].length != a11.length || a12Im[j].length != a11.length) {
                throw new IllegalArgumentException("A12 at r = " + separations[j] + " has not one value per omega");
            }
            this.a12Re[j] = finite("A12_re", a12Re[j].clone());
            this.a12Im[j] = finite("A12_im", a12Im[j].clone());
        }
    }

    private static double[] finite(String name, double[] values) {
        for (double v : values) {
            Checks.finite(name, v, "natural units, 1/energy");
        }
        return values;
    }

    /**
     * Tabulates a medium: samples its correlators on the grid, separations along x (paper Eq. S33:
     * 𝒜_11 = −2 Im G_11, 𝒜_12 = i[G_12 − G_21*]).
     *
     * @param medium the medium
     * @param omegaMin the first frequency (natural units, energy)
     * @param omegaStep the step (natural units, energy)
     * @param count the number of frequencies, at least 2
     * @param separations the separations along x, ascending (medium length unit)
     * @return the table
     */
    public static SpectrumTable sample(Medium medium, double omegaMin, double omegaStep, int count,
            double... separations) {
        List<Separation> rs = Arrays.stream(separations).mapToObj(Separation::alongX).toList();
        double[] a11 = new double[count];
        double[][] re = new double[separations.length][count];
        double[][] im = new double[separations.length][count];
        for (int i = 0; i < count; i++) {
            List<TwoSiteCorrelator> g = medium.transverse(omegaMin + i * omegaStep, rs);
            a11[i] = -2 * g.get(0).g11().getImaginary();
            for (int j = 0; j < separations.length; j++) {
                Complex a12 = Complex.I.multiply(g.get(j).g12().subtract(g.get(j).g21().conjugate()));
                re[j][i] = a12.getReal();
                im[j][i] = a12.getImaginary();
            }
        }
        return new SpectrumTable(omegaMin, omegaStep, separations, a11, re, im);
    }

    /**
     * The number of frequencies.
     *
     * @return N ≥ 2
     */
    public int frequencyCount() {
        return a11.length;
    }

    /**
     * The frequency of a grid index.
     *
     * @param i the index, 0 … N−1
     * @return ω_i = ω_0 + iΔω (natural units, energy)
     */
    public double omega(int i) {
        return omegaMin + i * omegaStep;
    }

    /**
     * The first frequency.
     *
     * @return ω_0 (natural units, energy)
     */
    public double omegaMin() {
        return omegaMin;
    }

    /**
     * The last frequency.
     *
     * @return ω_{N−1} (natural units, energy)
     */
    public double omegaMax() {
        return omega(a11.length - 1);
    }

    /**
     * The frequency step.
     *
     * @return Δω (natural units, energy)
     */
    public double omegaStep() {
        return omegaStep;
    }

    /**
     * The separations.
     *
     * @return r_j, ascending (medium length unit)
     */
    public double[] separations() {
        return separations.clone();
    }

    /**
     * The local spectral weight.
     *
     * @return 𝒜_11(ω_i) (natural units, 1/energy)
     */
    public double[] a11() {
        return a11.clone();
    }

    /**
     * The real part of the cross spectral weight at one separation.
     *
     * @param j the separation index
     * @return Re 𝒜_12(ω_i; r_j) (natural units, 1/energy)
     */
    public double[] a12Re(int j) {
        return a12Re[j].clone();
    }

    /**
     * The imaginary part of the cross spectral weight at one separation.
     *
     * @param j the separation index
     * @return Im 𝒜_12(ω_i; r_j) (natural units, 1/energy)
     */
    public double[] a12Im(int j) {
        return a12Im[j].clone();
    }

    /**
     * Whether the table is reciprocal: Im 𝒜_12 = 0 everywhere, so G_12 = G_21 and D = 0 (paper Eq. S40).
     *
     * @return true when every Im 𝒜_12 is exactly 0
     */
    public boolean reciprocal() {
        return Arrays.stream(a12Im).allMatch(row -> Arrays.stream(row).allMatch(v -> v == 0));
    }

    /**
     * Where the spectral matrix violates positivity (docs/physics.md §6, level 2, paper Supplement (v)): for ω &gt; 0
     * 𝒜 must be positive semidefinite, 𝒜_11 ≥ |𝒜_12| (a ≥ |A|); for ω &lt; 0 negative semidefinite,
     * −𝒜_11 ≥ |𝒜_12|; at ω = 0, |𝒜_12| ≤ |𝒜_11|. Deviations up to 1e-12·max|𝒜_11| (round-off) are tolerated.
     *
     * @param source the table's name for messages (e.g. the file)
     * @return one finding per kind of violation, naming the count and the worst (ω, r); empty when positive
     */
    public List<String> positivityFindings(String source) {
        double scale = Arrays.stream(a11).map(Math::abs).max().orElse(0);
        double slack = 1e-12 * scale;
        List<String> findings = new ArrayList<>();
        int signCount = 0;
        int worstSign = -1;
        for (int i = 0; i < a11.length; i++) {
            double signed = Math.signum(omega(i)) * a11[i];
            if (signed < -slack) {
                signCount++;
                if (worstSign < 0 || signed < Math.signum(omega(worstSign)) * a11[worstSign]) {
                    worstSign = i;
                }
            }
        }
        if (signCount > 0) {
            findings.add(String.format(Locale.ROOT, "%s: local spectral weight A11 has the wrong sign (negative "
                    + "dissipation, a < 0: causality or stability violated) at %d frequencies; worst at omega = %.6g "
                    + "(natural units, energy): A11 = %.6g (natural units, 1/energy), its sign must be that of omega",
                    source, signCount, omega(worstSign), a11[worstSign]));
        }
        int count = 0;
        int worstI = -1;
        int worstJ = -1;
        double worstShort = 0;
        for (int j = 0; j < separations.length; j++) {
            for (int i = 0; i < a11.length; i++) {
                double diagonal = omega(i) == 0 ? Math.abs(a11[i]) : Math.signum(omega(i)) * a11[i];
                double shortBy = Math.hypot(a12Re[j][i], a12Im[j][i]) - diagonal;
                if (shortBy > slack) {
                    count++;
                    if (shortBy > worstShort) {
                        worstShort = shortBy;
                        worstI = i;
                        worstJ = j;
                    }
                }
            }
        }
        if (count > 0) {
            findings.add(String.format(Locale.ROOT, "%s: spectral matrix not semidefinite (|A12| > |A11|, i.e. "
                    + "|A| > a) at %d grid points; worst at omega = %.6g (natural units, energy), r = %.6g (medium "
                    + "length unit): |A12| = %.6g > |A11| = %.6g, short by %.3g (natural units, 1/energy)", source,
                    count, omega(worstI), separations[worstJ], Math.hypot(a12Re[worstJ][worstI],
                            a12Im[worstJ][worstI]), Math.abs(a11[worstI]), worstShort));
        }
        return findings;
    }
}
