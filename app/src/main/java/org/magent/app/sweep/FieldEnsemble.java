package org.magent.app.sweep;

import java.util.ArrayList;
import java.util.List;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The qubit splittings of one sweep point: one pair (Δ1, Δ2), or a weighted mixture of static pairs whose
 * dynamics is averaged (the density matrices, not the observables, are averaged: the concurrence of ρ̄ = Σ w_k ρ_k,
 * never the mean of the concurrences).
 *
 * <p><b>Unpolarised ¹⁴N nuclei</b> ({@link #nitrogen14}): the hyperfine coupling A_∥ I_z S_z of each NV's own ¹⁴N
 * nucleus (I = 1) shifts its m_s = 0 ↔ ±1 transition by ±A_∥·m_I, m_I ∈ {−1, 0, +1}. With unpolarised nuclei the
 * nine pairs (m_I1, m_I2) are equally likely and static over a run (the nuclear T1 is seconds), so the pair of
 * NVs is an ensemble of nine static detunings: Δ1 − Δ2 ∈ {0, ±A_∥, ±2A_∥} with weights 3/9, 2/9, 2/9, 1/9, 1/9.
 * A_∥/2π = 2.16 MHz ({@link #N14_HYPERFINE}, the splitting of the three ¹⁴N lines of an NV's m_s = 0 ↔ ±1
 * transition; its sign does not matter for the symmetric set of shifts).
 *
 * @param members the pairs and their weights (weights positive, summing to 1)
 */
public record FieldEnsemble(List<Member> members) {

    /** The ¹⁴N hyperfine shift A_∥ of an NV's transition per unit m_I, 2π·2.16 MHz (rad/s). */
    public static final double N14_HYPERFINE = 2 * Math.PI * 2.16e6;

    /**
     * One static configuration.
     *
     * @param weight its probability (dimensionless, in (0, 1])
     * @param delta1 Δ1 (energy)
     * @param delta2 Δ2 (energy)
     */
    public record Member(double weight, double delta1, double delta2) {
        /** Validates: a positive weight, finite splittings. */
        public Member {
            if (!(weight > 0 && weight <= 1)) {
                throw new IllegalArgumentException("weight " + weight + " outside (0, 1]");
            }
            Checks.finite("Delta1", delta1, "energy");
            Checks.finite("Delta2", delta2, "energy");
        }
    }

    /** Validates: at least one member, weights summing to 1 (within 1e-12). */
    public FieldEnsemble {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new InvalidInputException("Delta", "an ensemble of qubit splittings needs a member");
        }
        double sum = members.stream().mapToDouble(Member::weight).sum();
        if (Math.abs(sum - 1) > 1e-12) {
            throw new IllegalArgumentException("the weights sum to " + sum + ", not 1");
        }
    }

    /**
     * One pair of splittings.
     *
     * @param delta1 Δ1 (energy)
     * @param delta2 Δ2 (energy)
     * @return the ensemble of one member
     */
    public static FieldEnsemble single(double delta1, double delta2) {
        return new FieldEnsemble(List.of(new Member(1, delta1, delta2)));
    }

    /**
     * The nine equally likely pairs (m_I1, m_I2) of two unpolarised nuclear spins I = 1 that shift each splitting
     * by {@code shift}·m_I (class comment).
     *
     * @param delta1 Δ1 without the nuclear shift (energy)
     * @param delta2 Δ2 without the nuclear shift (energy)
     * @param shift the shift per unit m_I (energy), e.g. {@link #N14_HYPERFINE}; 0 gives nine copies of one pair
     * @return the ensemble of nine members, weight 1/9 each
     */
    public static FieldEnsemble nuclearAverage(double delta1, double delta2, double shift) {
        Checks.finite("hyperfine shift", shift, "energy");
        List<Member> out = new ArrayList<>(9);
        for (int m1 = -1; m1 <= 1; m1++) {
            for (int m2 = -1; m2 <= 1; m2++) {
                out.add(new Member(1.0 / 9, delta1 + shift * m1, delta2 + shift * m2));
            }
        }
        return new FieldEnsemble(out);
    }

    /**
     * The ¹⁴N average with A_∥ = 2π·2.16 MHz, in rad/s ({@link #nuclearAverage}).
     *
     * @param delta1 Δ1 (rad/s)
     * @param delta2 Δ2 (rad/s)
     * @return the nine members
     */
    public static FieldEnsemble nitrogen14(double delta1, double delta2) {
        return nuclearAverage(delta1, delta2, N14_HYPERFINE);
    }

    /**
     * The weighted mean splitting Σ w_k (Δ1k + Δ2k)/2, the common frame the dynamics rotates away.
     *
     * @return the mean (energy)
     */
    public double mean() {
        double m = 0;
        for (Member k : members) {
            m += k.weight() * (0.5 * k.delta1() + 0.5 * k.delta2());
        }
        return m;
    }
}
