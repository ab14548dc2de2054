package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;

/** Trace, Hermiticity, positivity and steady-state properties on random baths with every coefficient nonzero. */
class InvariantsTest {

    static TwoQubitModel randomModel(Random rnd) {
        double a = 0.5 + rnd.nextDouble();
        double aTilde = 0.1 + 0.5 * rnd.nextDouble();
        double d = 0.1 + 0.4 * rnd.nextDouble();
        return Fixtures.model(new QubitFields(1 + 4 * rnd.nextDouble(), 1 + 4 * rnd.nextDouble()), a, aTilde,
                randomPhase(rnd, a * (0.2 + 0.6 * rnd.nextDouble())),
                randomPhase(rnd, aTilde * (0.2 + 0.6 * rnd.nextDouble())),
                2 * rnd.nextDouble() - 1, 2 * rnd.nextDouble() - 1, 2 * rnd.nextDouble() - 1, d,
                randomPhase(rnd, d * (0.2 + 0.6 * rnd.nextDouble())));
    }

    static Complex randomPhase(Random rnd, double modulus) {
        return ComplexPolar.of(modulus, 2 * Math.PI * rnd.nextDouble());
    }

    static DensityMatrix randomMixedState(Random rnd) {
        // ρ = Σ_k w_k |ψ_k⟩⟨ψ_k| with random ψ_k: a generic full-rank state with all coherences
        double[] re = new double[16];
        double[] im = new double[16];
        for (int k = 0; k < 3; k++) {
            double w = rnd.nextDouble();
            double[] pr = new double[4];
            double[] pi = new double[4];
            for (int i = 0; i < 4; i++) {
                pr[i] = rnd.nextGaussian();
                pi[i] = rnd.nextGaussian();
            }
            DensityMatrix p = DensityMatrix.pure(pr, pi);
            for (int i = 0; i < 16; i++) {
                re[i] += w * p.realParts()[i];
                im[i] += w * p.imaginaryParts()[i];
            }
        }
        double tr = re[0] + re[5] + re[10] + re[15];
        for (int i = 0; i < 16; i++) {
            re[i] /= tr;
            im[i] /= tr;
        }
        return DensityMatrix.of(re, im);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void traceHermiticityPositivityAlongTrajectories(long seed) {
        Random rnd = new Random(seed);
        TwoQubitModel m = randomModel(rnd);
        DensityMatrix rho0 = randomMixedState(rnd);
        Trajectory tr = LindbladPropagator.of(m).evolve(rho0, 8.0, 200);
        for (DensityMatrix r : tr.states()) {
            assertEquals(1.0, r.trace(), 1e-14);
            double herm = 0;
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    herm = Math.max(herm, Math.hypot(r.re(i, j) - r.re(j, i), r.im(i, j) + r.im(j, i)));
                }
            }
            assertTrue(herm < 1e-14, "Hermiticity defect " + herm);
            double minEig = Fixtures.hermitianEigenvalues(r)[0];
            assertTrue(minEig >= -1e-12, "minimum eigenvalue " + minEig);
        }
    }

    /** L ρ∞ = 0, P₀ρ0 matches long-time evolution (the steady state is unique for a generic bath). */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void steadyStateIsFixedPointAndLongTimeLimit(long seed) {
        Random rnd = new Random(seed);
        TwoQubitModel m = randomModel(rnd);
        LindbladPropagator p = LindbladPropagator.of(m);
        DensityMatrix rho0 = randomMixedState(rnd);
        DensityMatrix steady = p.steadyState(rho0);
        ComplexMatrix l = Liouvillians.lindbladian(m);
        ComplexMatrix lr = l.times(ComplexMatrix.of(16, 1, steady.realParts(), steady.imaginaryParts()));
        assertTrue(lr.maxAbs() < 1e-12 * l.maxAbs(), "|L ρ∞| = " + lr.maxAbs());
        assertEquals(1.0, steady.trace(), 1e-12);
        DensityMatrix late = p.evolveTo(rho0, 300.0);
        assertTrue(Fixtures.maxDiff(steady, late) < 1e-10, "steady vs t = 300: " + Fixtures.maxDiff(steady, late));
        // uniqueness: another initial state gives the same
        assertTrue(Fixtures.maxDiff(steady, p.steadyState(Fixtures.basis(Fixtures.DD))) < 1e-10);
    }

    /** Stepping (evolve) and a single exponential (evolveTo) agree. */
    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void steppedAndDirectEvolutionAgree(long seed) {
        Random rnd = new Random(seed);
        TwoQubitModel m = randomModel(rnd);
        DensityMatrix rho0 = randomMixedState(rnd);
        LindbladPropagator p = LindbladPropagator.of(m);
        Trajectory tr = p.evolve(rho0, 3.0, 200);
        assertTrue(Fixtures.maxDiff(tr.states()[200], p.evolveTo(rho0, 3.0)) < 1e-13);
        assertTrue(Fixtures.maxDiff(tr.states()[100], p.evolveTo(rho0, 1.5)) < 1e-13);
        assertEquals(3.0, tr.times()[200]);
        assertEquals(1.5, tr.times()[100], 1e-15);
    }

    /** Complex-number helper (commons-math Complex has no polar factory in 3.6 besides ComplexUtils). */
    static final class ComplexPolar {
        static Complex of(double r, double phi) {
            return new Complex(r * Math.cos(phi), r * Math.sin(phi));
        }
    }
}
