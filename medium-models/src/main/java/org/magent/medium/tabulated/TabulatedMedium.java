package org.magent.medium.tabulated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.TwoSiteCorrelator;
import org.magent.medium.greens.KramersKronig;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * A medium given by a tabulated spectral matrix ({@link SpectrumTable}), completed into retarded correlators by
 * Kramers–Kronig. With the spectral representation G_ij(ω) = ∫dω'/2π 𝒜_ij(ω')/(ω − ω' + i0) and
 * H[f](ω) = P∫dω'/2π f(ω')/(ω − ω') ({@link KramersKronig} applied to Im = −f/2), for 𝒜_12 = X + iY:
 * <pre>
 * G_11 = G_22 = H[𝒜_11] − (i/2)𝒜_11
 * G_12 = H[X] + Y/2 + i(H[Y] − X/2),   G_21 = H[X] − Y/2 − i(H[Y] + X/2)
 * </pre>
 * so that i[G_12 − G_21*] = 𝒜_12 and, by Eq. S39–S40, g1 + i g2 = H[X] − iH[Y]: J⊥ = λ²H[X]/2, D = −λ²H[Y]/2.
 *
 * <p>Interpolation: linear in ω between grid points (the Kramers–Kronig transform takes Im G piecewise linear too,
 * and zero outside the table); in r linear or natural cubic spline (parameter rInterpolation) of the correlators at
 * the tabulated separations. A reciprocal table (Im 𝒜_12 = 0) is taken as isotropic and looked up at |r|; a
 * non-reciprocal one describes separations along x: r = (x, 0, 0), and a table with r ≥ 0 only gives x &lt; 0 by
 * G(−x) swapping G_12 and G_21 (𝒜_12 → 𝒜_12*). Outside the tabulated ω or r ranges it refuses to extrapolate.
 * The longitudinal correlators (Jz, d, 𝔇) are not tabulated; Re G_11 (Lamb shift) depends on the table's cutoff
 * and is not reported.
 */
final class TabulatedMedium implements Medium {

    private final String name;
    private final String source;
    private final Map<String, String> parameterValues;
    private final int dimension;
    private final boolean cubic;
    private final SpectrumTable table;
    private final double[] rs;
    private final boolean reciprocal;
    private final double[] a11;
    private final double[] h11;
    /** Re and Im of G_12 and G_21 at the tabulated ω, indexed [j][i]. */
    private final double[][] g12Re;
    private final double[][] g12Im;
    private final double[][] g21Re;
    private final double[][] g21Im;

    TabulatedMedium(String name, String source, Map<String, String> parameterValues, int dimension, boolean cubic,
            SpectrumTable table) {
        this.name = name;
        this.source = source;
        this.parameterValues = Collections.unmodifiableMap(new LinkedHashMap<>(parameterValues));
        this.dimension = dimension;
        this.cubic = cubic;
        this.table = table;
        this.rs = table.separations();
        this.reciprocal = table.reciprocal();
        this.a11 = table.a11();
        this.h11 = hilbert(a11);
        int m = rs.length;
        int n = a11.length;
        g12Re = new double[m][n];
        g12Im = new double[m][n];
        g21Re = new double[m][n];
        g21Im = new double[m][n];
        for (int j = 0; j < m; j++) {
            double[] x = table.a12Re(j);
            double[] y = table.a12Im(j);
            double[] hx = hilbert(x);
            double[] hy = reciprocal ? new double[n] : hilbert(y);
            for (int i = 0; i < n; i++) {
                g12Re[j][i] = hx[i] + y[i] / 2;
                g12Im[j][i] = hy[i] - x[i] / 2;
                g21Re[j][i] = hx[i] - y[i] / 2;
                g21Im[j][i] = -hy[i] - x[i] / 2;
            }
        }
    }

    /** H[f] = P∫dω'/2π f(ω')/(ω − ω'), the real part of the retarded function whose imaginary part is −f/2. */
    private double[] hilbert(double[] f) {
        double[] im = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            im[i] = -0.5 * f[i];
        }
        return KramersKronig.realPartFromImaginary(table.omegaMin(), table.omegaStep(), im);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, String> parameterValues() {
        return parameterValues;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public boolean isLattice() {
        return false;
    }

    @Override
    public boolean hasFiniteLocalRealPart() {
        return false;
    }

    @Override
    public List<TwoSiteCorrelator> transverse(double omega, List<Separation> separations) {
        Checks.finite("omega", omega, "natural units, energy");
        if (omega < table.omegaMin() || omega > table.omegaMax()) {
            throw new InvalidInputException("omega", String.format(Locale.ROOT, "omega = %s (natural units, energy; "
                    + "the qubit splitting Delta) is outside the range [%s, %s] of the tabulated spectrum %s",
                    omega, table.omegaMin(), table.omegaMax(), source));
        }
        double u = (omega - table.omegaMin()) / table.omegaStep();
        int i = Math.min((int) Math.floor(u), a11.length - 2);
        double w = u - i;
        Complex g11 = new Complex(lerp(h11, i, w), -0.5 * lerp(a11, i, w));
        double[] re12 = new double[rs.length];
        double[] im12 = new double[rs.length];
        double[] re21 = new double[rs.length];
        double[] im21 = new double[rs.length];
        for (int j = 0; j < rs.length; j++) {
            re12[j] = lerp(g12Re[j], i, w);
            im12[j] = lerp(g12Im[j], i, w);
            re21[j] = lerp(g21Re[j], i, w);
            im21[j] = lerp(g21Im[j], i, w);
        }
        double accuracy = resolution(i);
        List<TwoSiteCorrelator> out = new ArrayList<>(separations.size());
        for (Separation s : separations) {
            double rho = lookup(s);
            boolean mirrored = !reciprocal && rho < 0 && rs[0] >= 0;
            double at = mirrored ? -rho : rho;
            if (at < rs[0] || at > rs[rs.length - 1]) {
                throw new InvalidInputException("separation", String.format(Locale.ROOT, "separation %s = %s "
                        + "(medium length unit) is outside the range [%s, %s] of the tabulated spectrum %s",
                        reciprocal ? "|r|" : "x", rho, rs[0], rs[rs.length - 1], source));
            }
            Complex g12 = new Complex(inR(re12, at), inR(im12, at));
            Complex g21 = new Complex(inR(re21, at), inR(im21, at));
            out.add(mirrored ? new TwoSiteCorrelator(g11, g21, g12, g11, accuracy)
                    : new TwoSiteCorrelator(g11, g12, g21, g11, accuracy));
        }
        return List.copyOf(out);
    }

    /** The coordinate at which a separation is looked up: |r| for a reciprocal table, x otherwise. */
    private double lookup(Separation s) {
        if (reciprocal) {
            return s.length();
        }
        if (s.y() != 0 || s.z() != 0) {
            throw new InvalidInputException("separation", "separation = " + s.text() + " (medium length unit): the "
                    + "tabulated spectrum " + source + " is non-reciprocal (A12_im != 0), so it describes separations "
                    + "along x only; y and z must be 0");
        }
        return s.x();
    }

    private static double lerp(double[] f, int i, double w) {
        return w == 0 ? f[i] : (1 - w) * f[i] + w * f[i + 1];
    }

    /** The value at r of the function tabulated at the separations: exact at a node, else linear or cubic. */
    private double inR(double[] f, double r) {
        int m = rs.length;
        for (int j = 0; j < m; j++) {
            if (rs[j] == r) {
                return f[j];
            }
        }
        if (cubic && m >= 3) {
            PolynomialSplineFunction spline = new SplineInterpolator().interpolate(rs, f);
            return spline.value(r);
        }
        int j = 0;
        while (j < m - 2 && rs[j + 1] < r) {
            j++;
        }
        double w = (r - rs[j]) / (rs[j + 1] - rs[j]);
        return (1 - w) * f[j] + w * f[j + 1];
    }

    /**
     * The relative error of linear interpolation in ω near grid index i, estimated from the second difference
     * of 𝒜_11: |f_{i−1} − 2f_i + f_{i+1}|/8 against max|𝒜_11|. It does not include the Kramers–Kronig truncation
     * (spectral weight outside the table), which only the table's author can bound.
     */
    private double resolution(int i) {
        int c = Math.max(1, Math.min(i, a11.length - 2));
        double max = 0;
        for (double v : a11) {
            max = Math.max(max, Math.abs(v));
        }
        return max == 0 ? 0 : Math.abs(a11[c - 1] - 2 * a11[c] + a11[c + 1]) / 8 / max;
    }

    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        return Optional.empty();
    }

    /**
     * The positivity of the tabulated spectral matrix at every grid point (docs/physics.md; a table has no band
     * ω_k to check, its soft modes show as spectral weight of the wrong sign).
     */
    /** The table has no band: its check is the positivity of its spectral matrix, a ≥ |A| at every grid point. */
    @Override
    public String stabilityCondition() {
        return "A11 >= |A12| in the table";
    }

    @Override
    public StabilityReport stability() {
        return StabilityReport.of(table.positivityFindings("tabulated spectrum " + source));
    }
}
