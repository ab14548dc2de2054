package org.magent.bath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.masterequation.Provenance;
import org.magent.medium.FixedMedium;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Separation;
import org.magent.medium.TwoSiteCorrelator;
import org.magent.validation.InvalidInputException;

/** The fluctuation–dissipation layer against its defining formulas (paper Eq. S29–S42, docs/physics.md). */
class FluctuationDissipationTest {

    private static final double LAMBDA = 0.3;
    private static final Separation R = Separation.alongX(1.7);

    private static double spectral11(ToyBand band, double omega) {
        return -2 * band.greens(0, omega).getImaginary();
    }

    @Test
    void detailedBalanceHoldsToMachinePrecision() {
        ToyBand band = new ToyBand(0.5, 0.4, 0.1);
        for (double t : new double[] {0.01, 0.3, 1, 10, 1e3}) {
            for (double delta : new double[] {0.2, 1.5, 4}) {
                BathParameters b = FluctuationDissipation.compute(band.medium(),
                        QubitCoupling.symmetric(delta, LAMBDA), t, R).bath();
                double boltzmann = Math.exp(-delta / t);
                assertEquals(boltzmann, b.aTilde() / b.a(), 4 * Math.ulp(boltzmann), "at/a at T=" + t);
                assertEquals(boltzmann, b.couplingTilde().getReal() / b.coupling().getReal(),
                        4 * Math.ulp(boltzmann), "Re At/Re A at T=" + t);
                assertEquals(boltzmann, b.couplingTilde().getImaginary() / b.coupling().getImaginary(),
                        4 * Math.ulp(boltzmann), "Im At/Im A at T=" + t);
                // the defining Bose-factor forms (S33 with the FDT), computed independently
                double n = 1 / (Math.exp(delta / t) - 1);
                double a = 0.5 * LAMBDA * LAMBDA * (1 + n) * spectral11(band, delta);
                assertEquals(a, b.a(), 1e-12 * a);
                assertEquals(0.5 * LAMBDA * LAMBDA * n * spectral11(band, delta), b.aTilde(), 1e-12 * a);
            }
        }
    }

    @Test
    void couplingIsTheOffDiagonalSpectralWeight() {
        ToyBand band = new ToyBand(0.5, 0.4, 0.1);
        double delta = 1.3;
        BathParameters b = FluctuationDissipation.compute(band.medium(), QubitCoupling.symmetric(delta, LAMBDA),
                0, R).bath();
        // A = (λ²/2) 𝒜_12 with 𝒜_12 = i[G(−r) − G(+r)*] at T = 0
        Complex expected = Complex.I.multiply(band.greens(-R.x(), delta)
                .subtract(band.greens(R.x(), delta).conjugate())).multiply(0.5 * LAMBDA * LAMBDA);
        assertEquals(expected.getReal(), b.coupling().getReal(), 1e-15);
        assertEquals(expected.getImaginary(), b.coupling().getImaginary(), 1e-15);
        assertEquals(0.0, b.aTilde());
        assertEquals(Complex.ZERO, b.couplingTilde());
        assertTrue(Math.abs(b.coupling().getImaginary()) > 1e-6, "non-reciprocal band: A is complex");
    }

    @Test
    void spectralMatrixOfAStableBandIsPositiveSemidefiniteAtEverySeparation() {
        ToyBand band = new ToyBand(0.5, 0.4, 0.05);
        List<Separation> rs = List.of(Separation.alongX(0), Separation.alongX(0.3), Separation.alongX(2),
                Separation.alongX(-5));
        for (double t : new double[] {0, 0.2, 5}) {
            for (BathReport report : FluctuationDissipation.sweep(band.medium(), QubitCoupling.symmetric(1.1,
                    LAMBDA), t, rs)) {
                assertTrue(report.bathStability().stable(), report.bathStability().findings().toString());
                assertTrue(report.bath().a() >= report.bath().coupling().abs() * (1 - 1e-12));
                assertTrue(report.bath().aTilde() >= report.bath().couplingTilde().abs() * (1 - 1e-12));
            }
        }
    }

    @Test
    void violatedPositivityIsReportedWithPlaceAndAmount() {
        // g12 twice as large as allowed: 𝒜_12 = 2 𝒜_11, not PSD
        Complex local = new Complex(0, -1);
        FixedMedium medium = FixedMedium.transverseOnly(
                (w, r) -> TwoSiteCorrelator.inversionSymmetric(local, local.multiply(2)));
        BathReport report = FluctuationDissipation.compute(medium, QubitCoupling.symmetric(1, 1), 1, R);
        assertFalse(report.bathStability().stable());
        String finding = report.bathStability().findings().get(0);
        assertTrue(finding.contains("a = 1.58198") && finding.contains("|A| = 3.16395"), finding);
        assertTrue(finding.contains("r = (1.7, 0.0, 0.0)") && finding.contains("short by 1.58"), finding);
        assertEquals(2, report.bathStability().findings().size(), "both a >= |A| and at >= |At| fail");
        assertFalse(report.stable());
    }

    @Test
    void coherentCouplingReproducesTheEffectiveHamiltonianOfS31() {
        // H_eff/λ² = ReG_21 σ1⁺σ2⁻ + h.c. with ReG_21 = [G_21 + G_12*]/2 (S31, S39), built as 4×4 matrices
        ToyBand band = new ToyBand(0.5, 0.7, 0.1);
        double delta = 1.2;
        BathParameters b = FluctuationDissipation.compute(band.medium(), QubitCoupling.symmetric(delta, LAMBDA),
                0, R).bath();
        Complex g21 = band.greens(R.x(), delta);
        Complex g12 = band.greens(-R.x(), delta);
        Complex x = g21.add(g12.conjugate()).multiply(0.5 * LAMBDA * LAMBDA);
        Complex[][] expected = add(scale(kron(SP, SM), x), scale(kron(SM, SP), x.conjugate()));
        Complex[][] xx = add(kron(SX, SX), kron(SY, SY));
        Complex[][] dm = add(kron(SX, SY), scale(kron(SY, SX), new Complex(-1)));
        Complex[][] actual = add(scale(xx, new Complex(b.jPerp())), scale(dm, new Complex(b.dmi())));
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i][j].getReal(), actual[i][j].getReal(), 1e-15, "Re H[" + i + j + "]");
                assertEquals(expected[i][j].getImaginary(), actual[i][j].getImaginary(), 1e-15, "Im H[" + i + j + "]");
            }
        }
        assertTrue(Math.abs(b.dmi()) > 1e-5, "non-reciprocal band: D != 0");
    }

    @Test
    void reciprocalCorrelatorsGiveExactlyZeroDmi() {
        ToyBand band = new ToyBand(0.5, 0, 0.1);
        FixedMedium medium = FixedMedium.transverseOnly((w, r) -> TwoSiteCorrelator.inversionSymmetric(
                band.greens(0, w), band.greens(r.x(), w)));
        BathParameters b = FluctuationDissipation.compute(medium, QubitCoupling.symmetric(1.3, LAMBDA), 0.4, R)
                .bath();
        assertEquals(0.0, b.dmi());
        assertEquals(0.0, b.coupling().getImaginary());
        assertTrue(b.jPerp() != 0);
    }

    @Test
    void negativeSplittingMakesDownTheGroundState() {
        ToyBand band = new ToyBand(0.5, 0.4, 0.1);
        double delta = -0.8;
        BathParameters cold = FluctuationDissipation.compute(band.medium(), QubitCoupling.symmetric(delta, LAMBDA),
                0, R).bath();
        assertEquals(0.0, cold.a());
        assertEquals(Complex.ZERO, cold.coupling());
        // Ã < 0 here, and A = 0·Ã must print as 0.0, not -0.0
        FixedMedium signed = FixedMedium.transverseOnly((w, r) -> TwoSiteCorrelator.inversionSymmetric(
                new Complex(0, 1), new Complex(0, -0.5)));
        BathParameters zero = FluctuationDissipation.compute(signed, QubitCoupling.symmetric(delta, 1), 0, R).bath();
        assertEquals(-0.5, zero.couplingTilde().getReal());
        assertEquals(0.0, zero.coupling().getReal(), "exact zero, not -0.0");
        assertEquals(-0.5 * LAMBDA * LAMBDA * spectral11(band, delta), cold.aTilde(), 1e-15);
        assertTrue(cold.aTilde() > 0);
        BathReport warm = FluctuationDissipation.compute(band.medium(), QubitCoupling.symmetric(delta, LAMBDA),
                0.5, R);
        double boltzmann = Math.exp(-delta / 0.5);
        assertEquals(boltzmann, warm.bath().aTilde() / warm.bath().a(), 4 * Math.ulp(boltzmann));
        assertTrue(warm.bath().a() > 0);
        assertTrue(warm.bathStability().stable(), warm.bathStability().findings().toString());
    }

    @Test
    void zeroSplittingAtFiniteTemperatureIsTheClassicalLimit() {
        ToyBand band = new ToyBand(0.5, 0.4, 0.1);
        double t = 0.7;
        FixedMedium medium = band.medium();
        BathReport report = FluctuationDissipation.compute(medium, QubitCoupling.symmetric(0, LAMBDA), t, R);
        // n(ω)𝒜(ω) → T 𝒜'(0) as ω → 0: central difference of the toy spectral function
        double h = 1e-4;
        double slope = (spectral11(band, h) - spectral11(band, -h)) / (2 * h);
        double expected = 0.5 * LAMBDA * LAMBDA * t * slope;
        assertEquals(expected, report.bath().a(), 1e-6 * expected);
        assertEquals(report.bath().a(), report.bath().aTilde(), 1e-8 * expected);
        assertEquals(1e-9 * t, medium.lastOmega(), 1e-20);
        assertTrue(report.warnings().stream().anyMatch(s -> s.contains("Delta = 0")), report.warnings().toString());
    }

    @Test
    void temperatureMustBeNonNegativeAndFinite() {
        ToyBand band = new ToyBand(0.5, 0.4, 0.1);
        for (double t : new double[] {-1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> FluctuationDissipation
                    .compute(band.medium(), QubitCoupling.symmetric(1, LAMBDA), t, R));
            assertEquals("temperature", e.parameter());
            assertTrue(e.getMessage().contains("natural units, energy"), e.getMessage());
        }
    }

    @Test
    void missingLongitudinalCorrelatorsAreFlaggedNotSilent() {
        BathReport report = FluctuationDissipation.compute(new ToyBand(0.5, 0, 0.1).medium(),
                QubitCoupling.symmetric(1, LAMBDA), 0.1, R);
        assertFalse(report.bath().longitudinalComputed());
        assertEquals(0.0, report.bath().jz());
        assertEquals(0.0, report.bath().dephasing());
        assertTrue(report.warnings().contains("Jz, d, Dd not computed by fixed"), report.warnings().toString());
    }

    @Test
    void longitudinalCorrelatorsGiveJzAndDephasing() {
        LongitudinalCorrelators zz = new LongitudinalCorrelators(-0.4, 0.9, new Complex(0.5, 0.2));
        BathReport report = FluctuationDissipation.compute(new ToyBand(0.5, 0, 0.1).medium(Optional.of(zz), false),
                QubitCoupling.symmetric(1, LAMBDA), 0.1, R);
        double l2 = LAMBDA * LAMBDA;
        assertTrue(report.bath().longitudinalComputed());
        assertEquals(-0.4 * l2, report.bath().jz(), 1e-16); // S32: Jz = λ²[G^R_12 + G^R_21](0)/2
        assertEquals(0.9 * l2 / 2, report.bath().dephasing(), 1e-16); // S33: d = iλ²G^>_11(0)/2
        assertEquals(0.5 * l2 / 2, report.bath().dephasingCoupling().getReal(), 1e-16);
        assertEquals(0.2 * l2 / 2, report.bath().dephasingCoupling().getImaginary(), 1e-16);
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
        LongitudinalCorrelators bad = new LongitudinalCorrelators(0, 0.1, new Complex(0.5, 0));
        BathReport unstable = FluctuationDissipation.compute(new ToyBand(0.5, 0, 0.1).medium(Optional.of(bad),
                false), QubitCoupling.symmetric(1, LAMBDA), 0.1, R);
        assertTrue(unstable.bathStability().findings().stream().anyMatch(s -> s.startsWith("d = ")),
                unstable.bathStability().findings().toString());
    }

    @Test
    void provenanceNamesMediumParametersFrequencyTemperatureSeparationAndAccuracy() {
        BathParameters b = FluctuationDissipation.compute(new ToyBand(0.5, 0, 0.1).medium(),
                new QubitCoupling(1.0, 1.4, LAMBDA), 0.25, new Separation(1, 2, 3)).bath();
        Provenance p = b.provenance();
        assertEquals("fixed", p.source());
        assertEquals("test", p.parameters().get("kind"));
        assertEquals(1.2, p.frequency(), 1e-15);
        assertEquals(0.25, p.temperature());
        assertEquals(List.of(1.0, 2.0, 3.0), p.separation());
        assertEquals(1e-7, p.relativeAccuracy());
        assertTrue(FluctuationDissipation.compute(new ToyBand(0.5, 0, 0.1).medium(), new QubitCoupling(1.0, 1.4,
                LAMBDA), 0.25, R).warnings().stream().anyMatch(w -> w.contains("mean Delta")));
    }

    @Test
    void sweepEvaluatesTheMediumOnceAndAgreesWithSingleEvaluations() {
        ToyBand band = new ToyBand(0.5, 0.4, 0.1);
        FixedMedium medium = band.medium();
        List<Separation> rs = List.of(Separation.alongX(0.5), Separation.alongX(1), Separation.alongX(3));
        QubitCoupling qubits = new QubitCoupling(1.2, 1.2, LAMBDA);
        List<BathReport> sweep = FluctuationDissipation.sweep(medium, qubits, 0.3, rs);
        assertEquals(1, medium.calls());
        assertEquals(1.2, medium.lastOmega(), 1e-15);
        // detuned qubits: one more evaluation per qubit (its own splitting), however many separations
        FixedMedium detuned = band.medium();
        FluctuationDissipation.sweep(detuned, new QubitCoupling(1.1, 1.3, LAMBDA), 0.3, rs);
        assertEquals(3, detuned.calls());
        for (int i = 0; i < rs.size(); i++) {
            BathParameters single = FluctuationDissipation.compute(band.medium(), qubits, 0.3, rs.get(i)).bath();
            assertEquals(single, sweep.get(i).bath());
        }
    }

    @Test
    void lambShiftIsTheSecondOrderLevelShiftOfExactDiagonalisation() {
        // One qubit (H_S = −Δσᶻ/2) coupled by λ(σ⁺S⁻ + σ⁻S⁺) to the undamped toy modes at T = 0: in the
        // one-excitation sector {|↓,0⟩, |↑,1_k⟩} the matrix is [[Δ/2, λc_k],[λc_k, −Δ/2 + ω_k]] with
        // c_k² = 2s·w; |↑,0⟩ stays at −Δ/2. The level near Δ/2 shifts by λ² Re G(0, Δ) + O(λ⁴).
        ToyBand band = new ToyBand(0.5, 0.3, 0);
        double delta = 1.37;
        double lambda = 1e-3;
        int modes = 9;
        double[][] h = new double[modes + 1][modes + 1];
        h[0][0] = delta / 2;
        for (int j = 0; j < modes; j++) {
            double k = 0.5 * (j - 4);
            h[j + 1][j + 1] = -delta / 2 + band.omegaK(k);
            h[0][j + 1] = h[j + 1][0] = lambda * Math.sqrt(2 * ToyBand.SPIN * ToyBand.WEIGHT);
        }
        double[] energies = new EigenDecomposition(new Array2DRowRealMatrix(h)).getRealEigenvalues();
        double closest = energies[0];
        for (double e : energies) {
            closest = Math.abs(e - delta / 2) < Math.abs(closest - delta / 2) ? e : closest;
        }
        double exactShift = (closest - (-delta / 2)) - delta;
        BathReport report = FluctuationDissipation.compute(band.medium(Optional.empty(), true),
                QubitCoupling.symmetric(delta, lambda), 0, R);
        assertTrue(report.lambShift().isPresent());
        assertEquals(exactShift, report.lambShift().getAsDouble(), 1e-4 * Math.abs(exactShift));
        assertTrue(report.warnings().stream().noneMatch(w -> w.startsWith("Lamb shift")), report.warnings().toString());
        BathReport none = FluctuationDissipation.compute(band.medium(), QubitCoupling.symmetric(delta, lambda), 0,
                R);
        assertTrue(none.lambShift().isEmpty());
        BathReport warm = FluctuationDissipation.compute(band.medium(Optional.empty(), true),
                QubitCoupling.symmetric(delta, lambda), 0.3, R);
        assertTrue(warm.warnings().stream().anyMatch(w -> w.startsWith("Lamb shift is the T = 0 value")),
                warm.warnings().toString());
    }

    private static final Complex[][] SP = {{Complex.ZERO, Complex.ONE}, {Complex.ZERO, Complex.ZERO}};
    private static final Complex[][] SM = {{Complex.ZERO, Complex.ZERO}, {Complex.ONE, Complex.ZERO}};
    private static final Complex[][] SX = {{Complex.ZERO, Complex.ONE}, {Complex.ONE, Complex.ZERO}};
    private static final Complex[][] SY = {{Complex.ZERO, Complex.I.negate()}, {Complex.I, Complex.ZERO}};

    private static Complex[][] kron(Complex[][] a, Complex[][] b) {
        Complex[][] out = new Complex[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[i][j] = a[i / 2][j / 2].multiply(b[i % 2][j % 2]);
            }
        }
        return out;
    }

    private static Complex[][] add(Complex[][] a, Complex[][] b) {
        Complex[][] out = new Complex[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[i][j] = a[i][j].add(b[i][j]);
            }
        }
        return out;
    }

    private static Complex[][] scale(Complex[][] a, Complex c) {
        Complex[][] out = new Complex[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[i][j] = a[i][j].multiply(c);
            }
        }
        return out;
    }
}
