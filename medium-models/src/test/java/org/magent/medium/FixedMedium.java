package org.magent.medium;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A test medium whose correlators are given as a function of (ω, r); counts its evaluations.
 */
public final class FixedMedium implements Medium {

    private final BiFunction<Double, Separation, TwoSiteCorrelator> correlators;
    private final Optional<LongitudinalCorrelators> longitudinal;
    private final boolean finiteLocalRealPart;
    private final StabilityReport stability;
    private int calls;
    private double lastOmega = Double.NaN;

    /**
     * @param correlators (ω, r) → correlators
     * @param longitudinal what {@link #longitudinal} returns
     * @param finiteLocalRealPart whether a Lamb shift is reported
     * @param stability what {@link #stability} returns
     */
    public FixedMedium(BiFunction<Double, Separation, TwoSiteCorrelator> correlators,
            Optional<LongitudinalCorrelators> longitudinal, boolean finiteLocalRealPart, StabilityReport stability) {
        this.correlators = correlators;
        this.longitudinal = longitudinal;
        this.finiteLocalRealPart = finiteLocalRealPart;
        this.stability = stability;
    }

    /**
     * A stable medium without longitudinal correlators and without a finite local real part.
     *
     * @param correlators (ω, r) → correlators
     * @return the medium
     */
    public static FixedMedium transverseOnly(BiFunction<Double, Separation, TwoSiteCorrelator> correlators) {
        return new FixedMedium(correlators, Optional.empty(), false, StabilityReport.ok());
    }

    /** @return how often {@link #transverse} was called */
    public int calls() {
        return calls;
    }

    /** @return the frequency of the last call */
    public double lastOmega() {
        return lastOmega;
    }

    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public Map<String, String> parameterValues() {
        return Map.of("kind", "test");
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public boolean isLattice() {
        return false;
    }

    @Override
    public List<TwoSiteCorrelator> transverse(double omega, List<Separation> separations) {
        calls++;
        lastOmega = omega;
        return separations.stream().map(r -> correlators.apply(omega, r).withAccuracy(1e-7)).toList();
    }

    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        return longitudinal;
    }

    @Override
    public StabilityReport stability() {
        return stability;
    }

    @Override
    public boolean hasFiniteLocalRealPart() {
        return finiteLocalRealPart;
    }
}
