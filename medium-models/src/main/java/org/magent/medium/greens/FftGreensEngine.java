package org.magent.medium.greens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.fft.Fft;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * G^R(ρ, ω) = 2s ∫ d^dk/(2π)^d e^{ik·ρ} / ((1+iα)ω − ω_k) for any {@link Band} (docs/physics.md), all displacements
 * read off one grid.
 *
 * <p><b>Lattice bands</b>: the sum over an N^d Brillouin-zone grid, G_N(n) = (2s/N^d) Σ_k e^{ik·n}/(W − ω_k),
 * W = (1+iα)ω, one backward FFT. It equals the infinite-lattice G plus its periodic images, error ≈ e^{−N/ℓ}
 * with ℓ ≈ v_group/(α|ω|); N starts from that estimate.
 *
 * <p><b>Continuum bands</b>: a periodic box of side L, spacing h. With singularity subtraction (default) a
 * reference band ω_r(k) = Ω_r + 𝒟_r|k − k_c|² is fitted to the band: 𝒟_r = its curvature at large k if it is
 * quadratic there (else at the resonance scale k_s), k_c from the gradient at k = 0, Ω_r so that the axis-mean
 * energy matches far out (quadratic tail) or at |k| = k_s; its Green's function is known in closed form,
 * e^{ik_c·ρ}·{@link QuadraticBandGreens}(Ω_r, 𝒟_r); only the smooth, short-ranged difference
 * 1/(W − ω_k) − 1/(W − ω_r(k)) goes through the FFT. Off-grid displacements are interpolated (8-point Lagrange
 * per axis) on that difference; the closed form is added at the exact ρ. The real part at ρ = 0 diverges in
 * d ≥ 2 and is reported as 0 (method says so).
 *
 * <p><b>Accuracy</b>: each round evaluates the grid and two coarser ones (box ×0.8, spacing ×1.25). The estimate
 * is the largest change of any value relative to |Im G(0)| (the spacing change divided by 1.25^p − 1, Richardson
 * with order p = 2 when the reference cancels a quadratic tail of the band, p = 1 otherwise), i.e. the error of the
 * ratios G(ρ)/Im G(0) that give A/a and J⊥/a. The reported relative accuracy is twice that estimate plus a
 * rounding floor the grid comparison cannot see (1e-13 of the largest value over |Im G(0)|). The factor 2 is
 * verified: against closed forms, the lattice Green's function and independent quadrature (continuum d = 1–3,
 * quadratic, quartic and non-reciprocal bands, α = 1e-3 to 0.3, lattices d = 1–3 in and out of the band) the true
 * error was at most 1.6 times the estimate (FftGreensEngineTest asserts error ≤ reported). The box or the
 * spacing is refined until the reported accuracy meets the tolerance; if the next grid would exceed the memory budget an
 * {@link InsufficientResolutionException} states the grid and memory needed. One grid array (16 bytes per point)
 * is alive at a time.
 */
public final class FftGreensEngine {

    private static final double POINTS_PER_WAVELENGTH = 12;
    private static final int MAX_ROUNDS = 12;
    private static final int STENCIL = 8;
    private static final double GROWTH = 1.5;
    private static final double MAX_REFINEMENT = 8;
    /** The reported accuracy is this factor times the grid-change estimate (verified: the error is at most 1.6×). */
    private static final double SAFETY_FACTOR = 2;
    /** Refinement aims at an estimate below this fraction of the tolerance. */
    private static final double SAFETY = 1 / SAFETY_FACTOR;
    private static final double COARSE_BOX = 0.8;
    private static final double COARSE_SPACING = 1.25;
    /** Rounding error of a grid value relative to the largest value. */
    private static final double ROUND_OFF = 1e-13;

    private final long memoryBudgetBytes;
    private final boolean singularitySubtraction;

    /**
     * Creates an engine with a memory budget for its grids.
     *
     * @param memoryBudgetBytes the largest grid array allowed (bytes), positive
     */
    public FftGreensEngine(long memoryBudgetBytes) {
        this(memoryBudgetBytes, true);
    }

    /**
     * Creates an engine; singularity subtraction can be switched off (tests of the bare grid sum).
     *
     * @param memoryBudgetBytes the largest grid array allowed (bytes), positive
     * @param singularitySubtraction whether continuum bands subtract the fitted quadratic reference band
     */
    FftGreensEngine(long memoryBudgetBytes, boolean singularitySubtraction) {
        if (memoryBudgetBytes <= 0) {
            throw new InvalidInputException("memoryBudget", "memoryBudget = " + memoryBudgetBytes
                    + " (bytes) must be positive");
        }
        this.memoryBudgetBytes = memoryBudgetBytes;
        this.singularitySubtraction = singularitySubtraction;
    }

    /**
     * Evaluates G^R at all displacements from one grid (plus the two coarser comparison grids).
     *
     * @param band the magnon band, its spin density and damping
     * @param omega the frequency ω (natural units, energy); α·ω ≠ 0 is required
     * @param displacements the displacements ρ (medium length unit; lattice vectors on lattices)
     * @param relativeTolerance the relative accuracy wanted (dimensionless), in (0, 0.5]
     * @return the values with the accuracy reached and the grid used
     * @throws InsufficientResolutionException if the tolerance needs a grid beyond the memory budget
     * @throws InvalidInputException for bad input (parameter named)
     */
    public GreensValues evaluate(Band band, double omega, List<Displacement> displacements, double relativeTolerance) {
        if (band == null) {
            throw new InvalidInputException("band", "band must be given");
        }
        int d = band.dimension();
        if (d < 1 || d > 3) {
            throw new InvalidInputException("dimension", "band dimension = " + d + " (dimensionless) must be 1, 2 or 3");
        }
        Checks.finite("omega", omega, "natural units, energy");
        Checks.positive("relativeTolerance", relativeTolerance, "dimensionless");
        if (relativeTolerance > 0.5) {
            throw new InvalidInputException("relativeTolerance", "relativeTolerance = " + relativeTolerance
                    + " (dimensionless) must not exceed 0.5");
        }
        double s = Checks.positive("spinDensity", band.spinDensity(), "spin per length^d or per site");
        double alpha = Checks.nonNegative("damping", band.damping(), "dimensionless");
        Complex w = new Complex(omega, alpha * omega);
        if (w.getImaginary() == 0) {
            throw new InvalidInputException("damping", "damping = " + alpha + " (dimensionless) and omega = " + omega
                    + " (natural units, energy): the grid sum needs damping·omega != 0");
        }
        for (Displacement rho : displacements) {
            rho.requireWithin(d);
        }
        return band.isLattice() ? lattice(band, d, w, s, displacements, relativeTolerance)
                : continuum(band, d, w, s, displacements, relativeTolerance);
    }

    // ---------------------------------------------------------------- lattice

    private GreensValues lattice(Band band, int d, Complex w, double s, List<Displacement> displacements,
            double tol) {
        int[][] sites = new int[displacements.size() + 1][];
        sites[displacements.size()] = new int[3];
        int maxIndex = 0;
        for (int k = 0; k < displacements.size(); k++) {
            sites[k] = displacements.get(k).latticeVector(d, "band's");
            for (int axis = 0; axis < d; axis++) {
                maxIndex = Math.max(maxIndex, Math.abs(sites[k][axis]));
            }
        }
        double velocity = maxGroupVelocity(band, d);
        double decayLength = Math.max(1, velocity / Math.abs(w.getImaginary()));
        int n = niceSize((int) Math.min(1 << 28, Math.ceil(2 * maxIndex + 4 + decayLength * Math.log(1 / tol))));
        n = Math.max(n, 16);
        int minimum = 2 * maxIndex + 2;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            requireMemory(n, d, "Brillouin-zone grid " + n + "^" + d + " for decay length " + fmt(decayLength)
                    + " lattice constants");
            Complex[] withOrigin = Grid.lattice(n, d).latticeValues(band, w, s, sites);
            Complex[] values = java.util.Arrays.copyOf(withOrigin, sites.length - 1);
            Complex origin = withOrigin[sites.length - 1];
            int coarseN = Math.max(minimum, niceSize((int) Math.ceil(COARSE_BOX * n)));
            coarseN = coarseN >= n ? Math.max(minimum, n - 2) : coarseN;
            Complex[] coarse = Grid.lattice(coarseN, d).latticeValues(band, w, s, sites);
            double error = SAFETY_FACTOR * maxDifference(withOrigin, coarse) / localScale(origin)
                    + roundOff(values, origin);
            if (error <= tol) {
                return new GreensValues(List.of(values), error, "FFT over a " + n + "^" + d
                        + " Brillouin-zone grid (checked against " + coarseN + "^" + d + ")");
            }
            n = niceSize((int) Math.ceil(n * GROWTH));
        }
        throw new InsufficientResolutionException("no grid up to " + n + "^" + d + " reached the tolerance "
                + tol + " (dimensionless)");
    }

    // ---------------------------------------------------------------- continuum

    private GreensValues continuum(Band band, int d, Complex w, double s, List<Displacement> displacements,
            double tol) {
        Reference ref = Reference.fit(band, d, w, s);
        Complex q = ref.closedForm.wavenumber(w.getReal());
        double kMax = ref.shift + q.abs();
        double wavelength = 2 * Math.PI / kMax;
        double decayLength = 1 / Math.max(q.getImaginary(), 1e-300);
        double reach = 0;
        for (Displacement rho : displacements) {
            for (int axis = 0; axis < d; axis++) {
                reach = Math.max(reach, Math.abs(rho.component(axis)));
            }
        }
        double h = wavelength / POINTS_PER_WAVELENGTH;
        double envelope = decayLength * Math.log(1 / tol);
        // with subtraction the difference may be short-ranged: start small and let the box check grow the box
        double box = STENCIL * h + (singularitySubtraction
                ? Math.max(2 * wavelength, Math.min(envelope, 8 * wavelength)) : 2 * reach + envelope);
        boolean subtract = singularitySubtraction;
        int order = subtract && ref.quadraticTail ? 2 : 1;
        List<Displacement> points = new ArrayList<>(displacements);
        points.add(new Displacement(0, 0, 0));
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int n = niceSize((int) Math.ceil(box / h));
            requireMemory(n, d, "box " + fmt(box) + ", spacing " + fmt(h) + " (medium length unit)");
            Grid fine = Grid.continuum(n, box / n, d);
            Complex[] withOrigin = fine.continuumValues(band, w, s, points, subtract ? ref : null);
            Complex[] values = java.util.Arrays.copyOf(withOrigin, displacements.size());
            Complex origin = withOrigin[displacements.size()];
            int nBox = niceSize((int) Math.ceil(COARSE_BOX * n));
            nBox = nBox >= n ? n - 1 : nBox;
            double boxSmall = nBox * box / n;
            double errorBox = !subtract && boxSmall < 2 * reach + STENCIL * box / n ? Double.POSITIVE_INFINITY
                    : maxDifference(withOrigin, Grid.continuum(nBox, box / n, d)
                            .continuumValues(band, w, s, points, subtract ? ref : null));
            int nRes = niceSize((int) Math.floor(n / COARSE_SPACING));
            nRes = nRes >= n ? n - 1 : nRes;
            // algebraic convergence in the spacing: the fine grid's error from the change (Richardson), second
            // order when the reference cancels the band's quadratic tail, first order otherwise
            double ratio = Math.pow((double) n / nRes, order);
            double errorRes = maxDifference(withOrigin, Grid.continuum(nRes, box / nRes, d)
                    .continuumValues(band, w, s, points, subtract ? ref : null)) / (ratio - 1);
            double scale = localScale(origin);
            errorBox /= scale;
            errorRes /= scale;
            double error = SAFETY_FACTOR * Math.max(errorBox, errorRes) + roundOff(values, origin);
            if (error <= tol) {
                return new GreensValues(List.of(values), error, String.format(Locale.ROOT,
                        "FFT over a %d^%d periodic box (side %.4g, spacing %.4g medium length unit)%s%s",
                        n, d, box, box / n, subtract ? String.format(Locale.ROOT, "; singularity subtraction of"
                                + " the quadratic reference band Omega=%.6g, D=%.6g, |k_c|=%.4g", ref.gap, ref.stiffness,
                                ref.shift) : "", d >= 2 && hasOrigin(displacements)
                                ? "; Re G(0) divergent: reported as 0" : ""));
            }
            if (errorBox > SAFETY * tol) {
                box *= GROWTH;
            }
            if (errorRes > SAFETY * tol) {
                h /= Math.min(MAX_REFINEMENT, Math.max(GROWTH, Math.pow(errorRes / (SAFETY * tol), 1.0 / order)));
            }
        }
        throw new InsufficientResolutionException("no continuum grid reached the tolerance " + tol
                + " (dimensionless) within " + MAX_ROUNDS + " refinements");
    }

    private static boolean hasOrigin(List<Displacement> displacements) {
        return displacements.stream().anyMatch(r -> r.norm() == 0);
    }

    // ---------------------------------------------------------------- shared helpers

    private void requireMemory(int n, int d, String what) {
        double bytes = 16.0 * Math.pow(n, d);
        if (bytes > memoryBudgetBytes) {
            throw new InsufficientResolutionException(String.format(Locale.ROOT,
                    "the tolerance needs a grid of %d^%d points (%s): %.3g bytes, more than the memory budget of "
                            + "%d bytes", n, d, what, bytes, memoryBudgetBytes));
        }
    }

    /**
     * The scale of the reported accuracy: |Im G(0)|, so that the accuracy is that of the ratios G(ρ)/Im G(0) which
     * give A/a and J⊥/a (Im G(0) ≠ 0 because α·ω ≠ 0).
     */
    private static double localScale(Complex origin) {
        double scale = Math.abs(origin.getImaginary());
        return scale > 0 ? scale : Double.MIN_NORMAL;
    }

    /**
     * The rounding error the grid comparison cannot see (it is common to all grids: the FFT's sums, the closed form
     * of the reference band and its fit), relative to |Im G(0)|: ROUND_OFF times the largest value over |Im G(0)|.
     */
    private static double roundOff(Complex[] values, Complex origin) {
        double largest = origin.abs();
        for (Complex v : values) {
            largest = Math.max(largest, v.abs());
        }
        return ROUND_OFF * largest / localScale(origin);
    }

    private static double maxDifference(Complex[] a, Complex[] b) {
        double max = 0;
        for (int k = 0; k < a.length; k++) {
            max = Math.max(max, a[k].subtract(b[k]).abs());
        }
        return max;
    }

    private static double maxGroupVelocity(Band band, int d) {
        Random random = new Random(12345);
        double delta = 1e-5;
        double max = 0;
        double[] k = new double[3];
        for (int sample = 0; sample < 2048; sample++) {
            for (int axis = 0; axis < d; axis++) {
                k[axis] = Math.PI * (2 * random.nextDouble() - 1);
            }
            double sum = 0;
            for (int axis = 0; axis < d; axis++) {
                double keep = k[axis];
                k[axis] = keep + delta;
                double plus = band.omega(k[0], k[1], k[2]);
                k[axis] = keep - delta;
                double minus = band.omega(k[0], k[1], k[2]);
                k[axis] = keep;
                double g = (plus - minus) / (2 * delta);
                sum += g * g;
            }
            max = Math.max(max, Math.sqrt(sum));
        }
        return max;
    }

    /**
     * Smallest m ≥ n whose prime factors are 2, 3, 5 (fast FFT sizes), with at most 12 mixed-radix factors
     * (JTransforms' FFTPACK factor table overflows beyond that; powers of two take another path).
     */
    static int niceSize(int n) {
        for (int m = Math.max(n, 1);; m++) {
            int r = m;
            int twos = 0;
            while (r % 2 == 0) {
                r /= 2;
                twos++;
            }
            int odd = 0;
            for (int p : new int[] {3, 5}) {
                while (r % p == 0) {
                    r /= p;
                    odd++;
                }
            }
            if (r == 1 && (odd == 0 || twos / 2 + twos % 2 + odd <= 12)) {
                return m;
            }
        }
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4g", x);
    }

    /** The fitted reference band Ω_r + 𝒟_r|k − k_c|² and its closed form. */
    private static final class Reference {
        final double gap;
        final double stiffness;
        final double[] center;
        final double shift;
        final QuadraticBandGreens closedForm;
        final boolean quadraticTail;

        private Reference(int d, double gap, double stiffness, double[] center, double s, double alpha,
                boolean quadraticTail) {
            this.quadraticTail = quadraticTail;
            this.gap = gap;
            this.stiffness = stiffness;
            this.center = center;
            this.shift = Math.sqrt(center[0] * center[0] + center[1] * center[1] + center[2] * center[2]);
            this.closedForm = new QuadraticBandGreens(d, gap, stiffness, s, alpha);
        }

        static Reference fit(Band band, int d, Complex w, double s) {
            double omega0 = band.omega(0, 0, 0);
            double scale = 1;
            double curvature = 0;
            for (int iteration = 0; iteration < 6; iteration++) {
                curvature = meanCurvature(band, d, omega0, scale);
                if (!(curvature > 0)) {
                    throw new InvalidInputException("band", "continuum band has non-positive curvature " + curvature
                            + " at |k| = " + scale + " (1/medium length unit): no quadratic reference band fits");
                }
                double next = Math.sqrt(Math.hypot(w.getReal() - omega0, w.getImaginary()) / curvature);
                if (Math.abs(next - scale) <= 1e-6 * scale) {
                    break;
                }
                scale = next;
            }
            // UV curvature: if the band is quadratic at large k, match it (the reference then cancels the
            // 1/r or log r singularity at ρ = 0); otherwise keep the curvature at the resonance scale
            double far = secantCurvature(band, d, 30 * scale);
            double farther = secantCurvature(band, d, 60 * scale);
            boolean quadraticTail = Math.abs(far - farther) <= 1e-2 * Math.abs(farther) && farther > 0;
            double stiffness = quadraticTail ? farther : curvature;
            // the energies are matched on the axes at |k| = match: far out for a quadratic tail (cancels the
            // singular part of G at ρ = 0 to the next order), at the resonance scale otherwise
            double match = quadraticTail ? 60 * scale : scale;
            double[] center = new double[3];
            double step = 1e-4 * scale;
            double[] k = new double[3];
            double shiftSquared = 0;
            double shell = 0;
            for (int axis = 0; axis < d; axis++) {
                k[axis] = step;
                double plus = band.omega(k[0], k[1], k[2]);
                k[axis] = -step;
                double minus = band.omega(k[0], k[1], k[2]);
                k[axis] = match;
                shell += band.omega(k[0], k[1], k[2]);
                k[axis] = -match;
                shell += band.omega(k[0], k[1], k[2]);
                k[axis] = 0;
                double gradient = (plus - minus) / (2 * step);
                center[axis] = -gradient / (2 * stiffness);
                shiftSquared += center[axis] * center[axis];
            }
            double gap = shell / (2 * d) - stiffness * (match * match + shiftSquared);
            return new Reference(d, gap, stiffness, center, s, band.damping(), quadraticTail);
        }

        /** Axis-mean of (ω(2K) − ω(K))/(3K²), symmetrised in ±k: the stiffness of the tail at |k| ≈ K. */
        private static double secantCurvature(Band band, int d, double kScale) {
            double sum = 0;
            double[] k = new double[3];
            for (int axis = 0; axis < d; axis++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    k[axis] = 2 * sign * kScale;
                    double outer = band.omega(k[0], k[1], k[2]);
                    k[axis] = sign * kScale;
                    double inner = band.omega(k[0], k[1], k[2]);
                    k[axis] = 0;
                    sum += (outer - inner) / (3 * kScale * kScale);
                }
            }
            return sum / (2 * d);
        }

        private static double meanCurvature(Band band, int d, double omega0, double kScale) {
            double sum = 0;
            double[] k = new double[3];
            for (int axis = 0; axis < d; axis++) {
                k[axis] = kScale;
                double plus = band.omega(k[0], k[1], k[2]);
                k[axis] = -kScale;
                double minus = band.omega(k[0], k[1], k[2]);
                k[axis] = 0;
                sum += (plus + minus - 2 * omega0) / (2 * kScale * kScale);
            }
            return sum / d;
        }

        double omega(double kx, double ky, double kz) {
            double dx = kx - center[0];
            double dy = ky - center[1];
            double dz = kz - center[2];
            return gap + stiffness * (dx * dx + dy * dy + dz * dz);
        }

        Complex value(double omega, Displacement rho) {
            Complex radial = closedForm.evaluate(omega, List.of(new Displacement(rho.norm(), 0, 0))).values().get(0);
            double phase = center[0] * rho.x() + center[1] * rho.y() + center[2] * rho.z();
            return radial.multiply(new Complex(Math.cos(phase), Math.sin(phase)));
        }
    }

    /** One N^d grid: fills the k-space kernel, transforms it once and reads values off. */
    private static final class Grid {
        final int n;
        final double spacing;
        final int d;
        final boolean lattice;

        private Grid(int n, double spacing, int d, boolean lattice) {
            this.n = n;
            this.spacing = spacing;
            this.d = d;
            this.lattice = lattice;
        }

        static Grid lattice(int n, int d) {
            return new Grid(n, 1, d, true);
        }

        static Grid continuum(int n, double spacing, int d) {
            return new Grid(n, spacing, d, false);
        }

        /** Real-space G_grid (reference subtracted if ref != null) at all grid points, interleaved complex. */
        double[] transform(Band band, Complex w, double s, Reference ref) {
            int n1 = d > 1 ? n : 1;
            int n2 = d > 2 ? n : 1;
            double[] data = new double[2 * n * n1 * n2];
            double dk = 2 * Math.PI / (n * spacing);
            double wr = w.getReal();
            double wi = w.getImaginary();
            int p = 0;
            for (int a = 0; a < n; a++) {
                double kx = dk * (a < (n + 1) / 2 ? a : a - n);
                for (int b = 0; b < n1; b++) {
                    double ky = d > 1 ? dk * (b < (n + 1) / 2 ? b : b - n) : 0;
                    for (int c = 0; c < n2; c++) {
                        double kz = d > 2 ? dk * (c < (n + 1) / 2 ? c : c - n) : 0;
                        double omegaK = band.omega(kx, ky, kz);
                        if (!Double.isFinite(omegaK)) {
                            throw new InvalidInputException("band", "band energy omega(" + kx + ", " + ky + ", " + kz
                                    + ") = " + omegaK + " (natural units, energy) is not finite");
                        }
                        double x = wr - omegaK;
                        double den = 1 / (x * x + wi * wi);
                        double re = x * den;
                        double im = -wi * den;
                        if (ref != null) {
                            double xr = wr - ref.omega(kx, ky, kz);
                            double denr = 1 / (xr * xr + wi * wi);
                            re -= xr * denr;
                            im += wi * denr;
                        }
                        data[p++] = re;
                        data[p++] = im;
                    }
                }
            }
            int[] shape = d == 1 ? new int[] {n} : d == 2 ? new int[] {n, n} : new int[] {n, n, n};
            new Fft(shape).backward(data);
            double factor = 2 * s / Math.pow(n * spacing, d);
            for (int i = 0; i < data.length; i++) {
                data[i] *= factor;
            }
            return data;
        }

        Complex[] latticeValues(Band band, Complex w, double s, int[][] sites) {
            double[] data = transform(band, w, s, null);
            Complex[] out = new Complex[sites.length];
            for (int k = 0; k < sites.length; k++) {
                int index = 0;
                for (int axis = 0; axis < d; axis++) {
                    index = index * n + Math.floorMod(sites[k][axis], n);
                }
                out[k] = new Complex(data[2 * index], data[2 * index + 1]);
            }
            return out;
        }

        Complex[] continuumValues(Band band, Complex w, double s, List<Displacement> displacements, Reference ref) {
            double[] data = transform(band, w, s, ref);
            Complex[] out = new Complex[displacements.size()];
            int[][] idx = new int[d][];
            double[][] wt = new double[d][];
            for (int k = 0; k < out.length; k++) {
                Displacement rho = displacements.get(k);
                for (int axis = 0; axis < d; axis++) {
                    stencil(rho.component(axis) / spacing, idx, wt, axis);
                }
                double re = 0;
                double im = 0;
                int l1 = d > 1 ? idx[1].length : 1;
                int l2 = d > 2 ? idx[2].length : 1;
                for (int a = 0; a < idx[0].length; a++) {
                    for (int b = 0; b < l1; b++) {
                        for (int c = 0; c < l2; c++) {
                            double weight = wt[0][a] * (d > 1 ? wt[1][b] : 1) * (d > 2 ? wt[2][c] : 1);
                            int index = idx[0][a];
                            if (d > 1) {
                                index = index * n + idx[1][b];
                            }
                            if (d > 2) {
                                index = index * n + idx[2][c];
                            }
                            re += weight * data[2 * index];
                            im += weight * data[2 * index + 1];
                        }
                    }
                }
                Complex value = new Complex(re, im);
                if (ref != null) {
                    value = value.add(ref.value(w.getReal(), rho));
                }
                if (d >= 2 && rho.norm() == 0) {
                    value = new Complex(0, value.getImaginary());
                }
                out[k] = value;
            }
            return out;
        }

        /** Grid indices and Lagrange weights for position u (grid units) along one axis. */
        private void stencil(double u, int[][] idx, double[][] wt, int axis) {
            double nearest = Math.rint(u);
            if (Math.abs(u - nearest) < 1e-9) {
                idx[axis] = new int[] {Math.floorMod((long) nearest, n)};
                wt[axis] = new double[] {1};
                return;
            }
            int first = (int) Math.floor(u) - STENCIL / 2 + 1;
            idx[axis] = new int[STENCIL];
            wt[axis] = new double[STENCIL];
            for (int j = 0; j < STENCIL; j++) {
                idx[axis][j] = Math.floorMod(first + j, n);
                double weight = 1;
                for (int m = 0; m < STENCIL; m++) {
                    if (m != j) {
                        weight *= (u - (first + m)) / (double) (j - m);
                    }
                }
                wt[axis][j] = weight;
            }
        }
    }
}
