package org.magent.app.nv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.nv.IntrinsicDecoherence;
import org.magent.nv.NvAxis;
import org.magent.nv.NvCentre;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.state.DensityMatrix;

/**
 * An NV's intrinsic T1 and T2 as local Lindblad terms (1/T1 = 2(a + ã), d = (1/T2 − 1/(2T1))/4) reproduce free
 * decay under exact propagation: e^{−t/T1} for the population and e^{−t/T2} for the coherence. It lives in app, the
 * module that sees both the NV centre (medium-models) and the Lindblad engine (qubit-dynamics).
 */
class IntrinsicDecoherenceTest {

    private static TwoQubitModel model(IntrinsicDecoherence i, double delta) {
        BathParameters b = BathParameters.explicit(i.a(), i.aTilde(), Complex.ZERO, Complex.ZERO, 0, 0, 0,
                i.dephasing(), Complex.ZERO);
        return new TwoQubitModel(new QubitFields(delta, delta), b);
    }

    @Test
    void populationRelaxesWithT1AndCoherenceWithT2() {
        double t1 = 1e-3;
        double t2 = 0.3e-3;
        double delta = 2 * Math.PI * 2.87e9;
        for (double temperature : new double[] {0, 0.05, 4, 300}) {
            NvCentre nv = new NvCentre(new NvAxis(0.9, 0), -1, 1e-7, t1, t2);
            IntrinsicDecoherence i = IntrinsicDecoherence.of(nv, delta, temperature);
            assertEquals(1 / t1, 2 * (i.a() + i.aTilde()), 1e-12 / t1);
            TwoQubitModel m = model(i, 0); // rotating frame: Δ drops out of |ρ_↑↓|
            LindbladPropagator p = LindbladPropagator.of(m);
            double pInf = i.aTilde() / (i.a() + i.aTilde()); // P(qubit 1 in |↓⟩) at equilibrium
            // |ψ⟩ = (|↑⟩ + |↓⟩)/√2 ⊗ |↑⟩: amplitudes uu, ud, du, dd
            double r = Math.sqrt(0.5);
            DensityMatrix plus = DensityMatrix.pure(new double[] {r, 0, r, 0}, new double[4]);
            DensityMatrix down = DensityMatrix.pure(new double[] {0, 0, 1, 0}, new double[4]);
            for (double t : new double[] {0.1e-3, 0.5e-3, 2e-3}) {
                DensityMatrix a = p.evolveTo(down, t);
                double p1 = a.re(2, 2) + a.re(3, 3);
                assertEquals(pInf + (1 - pInf) * Math.exp(-t / t1), p1, 1e-12, "population at T = " + temperature);
                DensityMatrix b = p.evolveTo(plus, t);
                double coherence = Math.hypot(b.re(0, 2) + b.re(1, 3), b.im(0, 2) + b.im(1, 3));
                assertEquals(0.5 * Math.exp(-t / t2), coherence, 1e-12, "coherence at T = " + temperature);
            }
        }
    }

    @Test
    void t1AloneMeansNoPureDephasing() {
        NvCentre nv = new NvCentre(new NvAxis(0.9, 0), -1, 1e-7, 2e-3, Double.POSITIVE_INFINITY);
        assertEquals(4e-3, nv.t2(), 0);
        assertEquals(0, IntrinsicDecoherence.of(nv, 1e10, 0).dephasing(), 0);
        NvCentre none = NvCentre.of(new NvAxis(0.9, 0), -1, 1e-7);
        IntrinsicDecoherence zero = IntrinsicDecoherence.of(none, 1e10, 300);
        assertEquals(0, zero.a() + zero.aTilde() + zero.dephasing(), 0);
    }
}
