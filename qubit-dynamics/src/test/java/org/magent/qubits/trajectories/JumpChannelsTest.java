package org.magent.qubits.trajectories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.Liouvillians;
import org.magent.qubits.dynamics.MonitoredPropagator;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.linalg.ComplexMatrix;

/** Jump operators from the eigen-decomposition of h rebuild the master equation, Eq. (2)-(4), exactly. */
class JumpChannelsTest {

    /** L built from the channels: −i[H, ρ] + Σ_k (J_kρJ_k† − ½{J_k†J_k, ρ}), H = H_S + H_eff. */
    private static ComplexMatrix fromChannels(TwoQubitModel m, List<JumpChannel> channels, boolean onlyJumps,
            boolean detectableOnly) {
        ComplexMatrix id = ComplexMatrix.identity(4);
        ComplexMatrix l = ComplexMatrix.zeros(16, 16);
        if (!onlyJumps) {
            ComplexMatrix h = Liouvillians.hamiltonian(m);
            l.addScaledInPlace(0, -1, TrajectoryFixtures.sandwich(h, id));
            l.addScaledInPlace(0, 1, TrajectoryFixtures.sandwich(id, h));
        }
        for (JumpChannel c : channels) {
            if (detectableOnly && !c.detectable()) {
                continue;
            }
            ComplexMatrix j = c.operator();
            l.addScaledInPlace(1, 0, TrajectoryFixtures.sandwich(j, j.adjoint()));
            if (!onlyJumps) {
                ComplexMatrix jj = j.adjoint().times(j);
                l.addScaledInPlace(-0.5, 0, TrajectoryFixtures.sandwich(jj, id));
                l.addScaledInPlace(-0.5, 0, TrajectoryFixtures.sandwich(id, jj));
            }
        }
        return l;
    }

    private static TwoQubitModel random(Random rnd) {
        double a1 = rnd.nextDouble();
        double a2 = rnd.nextDouble();
        double at1 = rnd.nextDouble() * 0.5;
        double at2 = rnd.nextDouble() * 0.5;
        double d1 = rnd.nextDouble() * 0.3;
        double d2 = rnd.nextDouble() * 0.3;
        Complex bigA = Complex.I.multiply(rnd.nextDouble() * 2 * Math.PI).exp().multiply(Math.sqrt(a1 * a2) * rnd.nextDouble());
        Complex bigAt = Complex.I.multiply(rnd.nextDouble() * 2 * Math.PI).exp().multiply(Math.sqrt(at1 * at2) * rnd.nextDouble());
        Complex dd = Complex.I.multiply(rnd.nextDouble() * 2 * Math.PI).exp().multiply(Math.sqrt(d1 * d2) * rnd.nextDouble());
        BathParameters b = BathParameters.explicit(a1, at1, bigA, bigAt, rnd.nextGaussian(), rnd.nextGaussian(),
                rnd.nextGaussian(), d1, dd).withLocal(a1, a2, at1, at2, d1, d2);
        return new TwoQubitModel(new QubitFields(rnd.nextGaussian() + 2, rnd.nextGaussian() + 2), b);
    }

    @Test
    void channelsRebuildTheLindbladianAndItsJumpPart() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 30; trial++) {
            TwoQubitModel m = trial == 0 ? TrajectoryFixtures.general() : random(rnd);
            List<JumpChannel> ch = JumpChannels.of(m);
            ComplexMatrix l = Liouvillians.lindbladian(m);
            double scale = l.maxAbs();
            assertEquals(0, TrajectoryFixtures.maxDiff(fromChannels(m, ch, false, false), l), 1e-14 * scale,
                    "trial " + trial);
            // the detectable jumps are exactly what postselection removes: L − L_ps = Σ_{σ±} J ρ J†
            ComplexMatrix removed = l.combine(1, -1, Liouvillians.postselected(m));
            assertEquals(0, TrajectoryFixtures.maxDiff(fromChannels(m, ch, true, true), removed), 1e-14 * scale,
                    "trial " + trial);
        }
    }

    @Test
    void emissionAbsorptionAndDephasingActAsTheirNamesSay() {
        for (JumpChannel c : JumpChannels.of(TrajectoryFixtures.general())) {
            ComplexMatrix j = c.operator();
            for (int i = 0; i < 4; i++) {
                for (int k = 0; k < 4; k++) {
                    boolean nonzero = j.re(i, k) != 0 || j.im(i, k) != 0;
                    boolean allowed = switch (c.kind()) {
                        case EMISSION -> i < k; // towards |↑⟩ (lower index in uu, ud, du, dd)
                        case ABSORPTION -> i > k;
                        case DEPHASING -> i == k;
                    };
                    assertTrue(!nonzero || allowed, c.kind() + " has element (" + i + "," + k + ")");
                }
            }
            assertEquals(c.kind() != JumpChannel.Kind.DEPHASING, c.detectable());
        }
        assertEquals(6, JumpChannels.of(TrajectoryFixtures.general()).size());
    }

    @Test
    void perfectCorrelationLeavesOneBrightCollectiveChannel() {
        // a = |A| = 2, A = 2e^{iπ/3}: h block [[a, A*],[A, a]] has eigenvalues 0 (dark, dropped) and 2a
        Complex bigA = Complex.I.multiply(Math.PI / 3).exp().multiply(2.0);
        List<JumpChannel> ch = JumpChannels.of(TrajectoryFixtures.model(0.5, 2.0, 0, bigA, Complex.ZERO, 0,
                Complex.ZERO));
        assertEquals(1, ch.size());
        JumpChannel bright = ch.get(0);
        assertEquals(JumpChannel.Kind.EMISSION, bright.kind());
        assertEquals(2 * (2.0 + 2.0), bright.rate(), 1e-14);
        // J = √(2a)(σ1⁺ + e^{iπ/3}σ2⁺) up to a global phase: |J_{uu,du}| = |J_{uu,ud}| = √(2a) = 2, and
        // J_{uu,ud}/J_{uu,du} = e^{iπ/3} (σ2⁺ maps ud → uu, σ1⁺ maps du → uu)
        ComplexMatrix j = bright.operator();
        Complex fromDu = new Complex(j.re(0, 2), j.im(0, 2));
        Complex fromUd = new Complex(j.re(0, 1), j.im(0, 1));
        assertEquals(2.0, fromDu.abs(), 1e-14);
        assertEquals(2.0, fromUd.abs(), 1e-14);
        Complex ratio = fromUd.divide(fromDu);
        assertEquals(Math.cos(Math.PI / 3), ratio.getReal(), 1e-14);
        assertEquals(Math.sin(Math.PI / 3), ratio.getImaginary(), 1e-14);
    }

    @Test
    void monitoredGeneratorIsTheChannelPictureWithAFractionOfEachDetectableChannelRemoved() {
        // L_η = −i[H, ·] − ½{ΣJ†J, ·} + (1 − η)Σ_σ± JρJ† + Σ_σz JρJ†, channel by channel (eigen-decomposition of h)
        Random rnd = new Random(11);
        for (int trial = 0; trial < 10; trial++) {
            TwoQubitModel m = trial == 0 ? TrajectoryFixtures.general() : random(rnd);
            List<JumpChannel> ch = JumpChannels.of(m);
            for (double eta : new double[] {0.0, 0.3, 0.75, 1.0}) {
                ComplexMatrix l = fromChannels(m, ch, false, false);
                l.addScaledInPlace(-eta, 0, fromChannels(m, ch, true, true));
                ComplexMatrix g = MonitoredPropagator.generator(m, new DetectionEfficiency(eta));
                assertEquals(0, TrajectoryFixtures.maxDiff(l, g), 1e-14 * g.maxAbs(), "trial " + trial + ", η = " + eta);
            }
        }
    }
}
