package org.magent.medium.film;

import org.magent.medium.FieldTensor;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.magent.physics.PhysicalConstants;

/**
 * The retarded correlator of the stray magnetic field above a film, between two points at height h separated in
 * the plane by r, for all separations along one direction at once.
 *
 * <p>A point dipole μ at (ρ_j, h_j) drives the film with its field, whose thickness average is
 * ⟨H⟩(k) = e^{−kh_j}(1 − e^{−kt})/(2t) · v (v·μ), v = (ik̂, 1) = −ū; the uniform mode answers with
 * δM = χ(k, ω)⟨H⟩ ({@link SpinWaveBand}); a magnetisation wave uniform across the film makes the field
 * H(k, h_i) = ½ e^{−kh_i}(1 − e^{−kt}) u (u·δM) above it, u = (ik̂, −1) (the chirality of the stray field). Hence the
 * classical response of the field at (ρ_i, h_i) to a dipole at (ρ_j, h_j), with k in the film plane,
 * <pre>
 * χ_{B_a(x_i) B_b(x_j)}(ω) = (μ0/4t) ∫ d²k/(2π)² e^{ik·(ρ_i − ρ_j)} e^{−k(h_i+h_j)}(1 − e^{−kt})² χ_uu(k, ω) u_a ū_b,
 * </pre>
 * and the retarded correlator of the field operators is G^R_{B_a B_b} = −ħ χ_{B_a B_b} (Kubo: a perturbation
 * −μ·B). The six scalar integrals I_m(r) = ∫ d²k/(2π)² e^{ik·r} F χ_uu b_m, b = (k̂x², k̂xk̂y, k̂y², k̂x, k̂y, 1),
 * give every component (u_a ū_b: xx = k̂x², xy = yx = k̂xk̂y, yy = k̂y², xz = −ik̂x, zx = ik̂x, yz = −ik̂y,
 * zy = ik̂y, zz = 1).
 *
 * <p>The integral is done in the coordinates k = q r̂ + p r̂⊥: the p-integral across the resonance by
 * {@link LineIntegral} (poles subtracted exactly), the q-integral by {@link FilonTransform}, once for every
 * separation along r̂.
 */
public final class StrayFieldCorrelator {

    /** e^{−k(h_i + h_j)} below e^{−50} is dropped: k is cut at 50/(h_i + h_j). */
    private static final double CUTOFF = 50;
    static boolean DEBUG = Boolean.getBoolean("magent.film.debug");
    static double INNER = 1e-2;
    static double OUTER_RATIO = 4;
    static int UNIFORM = 4;

    private StrayFieldCorrelator() {
    }

    /**
     * The field correlators for separations ρ r̂ along one direction, plus the local one (ρ = 0).
     *
     * @param local G^R_{B_a(x) B_b(x)} (T² s)
     * @param forward G^R_{B_a(x + ρr̂) B_b(x)} for every ρ (T² s): the field at the far point responding to the
     *     near one
     * @param backward G^R_{B_a(x) B_b(x + ρr̂)} for every ρ (T² s)
     * @param relativeAccuracy the estimated error relative to the largest local component
     * @param evaluations kernel evaluations spent
     */
    public record Result(FieldTensor local, List<FieldTensor> forward, List<FieldTensor> backward,
            double relativeAccuracy, long evaluations) {
    }

    /**
     * Evaluates the field correlators.
     *
     * @param band the film's spin waves
     * @param omega ω (rad/s), ≥ 0
     * @param heightSum h_i + h_j, the sum of the two heights above the film surface (m), &gt; 0
     * @param directionAngle the in-plane direction φ_r of the separations from x̂ (rad)
     * @param distances the distances ρ ≥ 0 (m)
     * @param relTol the target relative accuracy
     * @param zeroFrequencySlope when true, return ∂G^R/∂ω at ω = 0 (T² s²) instead (then omega must be 0)
     * @return the tensors
     */
    public static Result compute(SpinWaveBand band, double omega, double heightSum, double directionAngle,
            double[] distances, double relTol, boolean zeroFrequencySlope) {
        StrayFieldKernel kernel = new StrayFieldKernel(band, omega, heightSum, directionAngle, zeroFrequencySlope);
        double q = CUTOFF / heightSum;
        double[] minimum = band.bandMinimum();
        ResonanceGeometry geometry = ResonanceGeometry.of(band, omega, minimum, q);
        LineIntegral line = new LineIntegral(kernel, geometry, q, relTol * INNER);
        double prefactor = -PhysicalConstants.HBAR * PhysicalConstants.VACUUM_PERMEABILITY
                / (4 * band.material().thickness()) / (4 * Math.PI * Math.PI);
        double[] cut = breakpoints(kernel, geometry, q);
        if (distances.length == 0) {
            // the local correlator only: polar coordinates, ∫_0^π dφ ∫ dp |p| Φ along the line through the origin
            double[] angles = geometry.criticalAngles();
            double[] phiCut = new double[angles.length + 2];
            phiCut[0] = 0;
            System.arraycopy(angles, 0, phiCut, 1, angles.length);
            phiCut[phiCut.length - 1] = Math.PI;
            java.util.Arrays.sort(phiCut);
            long[] count = {0};
            GaussKronrod.Result r = GaussKronrod.integrate((phi, out) -> {
                StrayFieldKernel ray = new StrayFieldKernel(band, omega, heightSum, phi - Math.PI / 2,
                        zeroFrequencySlope);
                LineIntegral radial = new LineIntegral(ray, geometry, q, relTol * INNER, true);
                System.arraycopy(radial.integrate(0, 1e-300), 0, out, 0, out.length);
                count[0] += radial.evaluations();
            }, 2 * StrayFieldKernel.COMPONENTS, phiCut, 0, relTol * 0.1, 4000);
            double norm = 0;
            for (int m = 0; m < r.values().length; m += 2) {
                norm = Math.max(norm, Math.hypot(r.values()[m], r.values()[m + 1]));
            }
            if (DEBUG) {
                System.err.println("local: intervals " + r.intervals() + " evals " + count[0]);
            }
            return new Result(FieldTensor.fromBasis(r.values(), prefactor), List.of(), List.of(),
                    norm == 0 ? 0 : r.error() / norm, count[0]);
        }
        FilonTransform filon = FilonTransform.build((x, w) -> line.integrate(x, 1e-300),
                2 * StrayFieldKernel.COMPONENTS, cut, relTol * 0.1, 6000);
        if (DEBUG) {
            System.err.println("filon panels " + filon.panels() + " lines " + (filon.panels() * FilonTransform.NODES)
                    + " evals " + line.evaluations() + " err " + filon.error() + " l1 " + filon.l1());
        }
        double[][] at0 = filon.transform(0);
        FieldTensor local = FieldTensor.fromBasis(at0[0], prefactor);
        List<FieldTensor> forward = new ArrayList<>(distances.length);
        List<FieldTensor> backward = new ArrayList<>(distances.length);
        for (double rho : distances) {
            double[][] t = filon.transform(rho);
            forward.add(FieldTensor.fromBasis(t[0], prefactor));
            backward.add(FieldTensor.fromBasis(t[1], prefactor));
        }
        double localNorm = 0;
        for (int m = 0; m < at0[0].length; m += 2) {
            localNorm = Math.max(localNorm, Math.hypot(at0[0][m], at0[0][m + 1]));
        }
        double accuracy = localNorm == 0 ? 0 : filon.error() / localNorm;
        return new Result(local, forward, backward, accuracy, line.evaluations());
    }

    private static double[] breakpoints(StrayFieldKernel kernel, ResonanceGeometry geometry, double q) {
        TreeSet<Double> breaks = new TreeSet<>();
        breaks.add(-q);
        breaks.add(q);
        breaks.add(0.0);
        double scale = Math.min(geometry.scale(), q);
        for (double g = scale * 1e-3; g < q; g *= OUTER_RATIO) {
            breaks.add(g);
            breaks.add(-g);
        }
        if (geometry.resonant()) {
            double hi = geometry.kHigh();
            for (int i = -UNIFORM; i <= UNIFORM; i++) {
                breaks.add(hi * i / UNIFORM);
            }
            breaks.add(geometry.kLow());
            breaks.add(-geometry.kLow());
        }
        if (geometry.nearBandBottom()) {
            for (double p : geometry.projections(kernel.directionCos(), kernel.directionSin())) {
                if (Math.abs(p) < q) {
                    breaks.add(p);
                }
            }
        }
        return breaks.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
