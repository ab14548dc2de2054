package org.magent.bath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.magent.masterequation.BathParameters;
import org.magent.medium.FieldMedium;

/**
 * When the Born–Markov master equation of the paper may fail (Supplement (i): the medium must forget faster than
 * the qubits change). Three ratios, each ≪ 1 for a Markovian bath:
 * <pre>
 * linewidth:  max(a_i, ã_i, |A|, |J⊥|, |Jz|, |D|) / (αω)        the bath spectrum must be flat over the couplings
 * band edge:  max(a_i, ã_i, |A|, |J⊥|, |Jz|, |D|) / |Δ − ω_min|  the NV frequency must be far from the band bottom
 * delay:      (|r| / v_g) · max(a_1, a_2)                        the propagation delay must be short against 1/a
 * </pre>
 * A ratio above {@link #THRESHOLD} ("comparable": within a factor of about 3) adds a warning.
 *
 * @param linewidth the first ratio (dimensionless)
 * @param bandEdge the second ratio (dimensionless)
 * @param delay the third ratio (dimensionless)
 */
public record MarkovRatios(double linewidth, double bandEdge, double delay) {

    /** A ratio above this is reported as a risk for the Born–Markov description. */
    public static final double THRESHOLD = 0.3;

    /**
     * The ratios of a bath.
     *
     * @param medium the medium-induced coefficients
     * @param direct the direct coherent couplings
     * @param scales the medium's scales at the NV frequency
     * @param distance |r| (m)
     * @return the ratios
     */
    static MarkovRatios of(BathParameters medium, NvPairBath.Coupling direct, FieldMedium.MarkovScales scales,
            double distance) {
        double rate = Math.max(Math.max(Math.max(medium.a(), medium.a2()), Math.max(medium.aTilde(),
                medium.aTilde2())), medium.coupling().abs());
        double coupling = Math.max(Math.abs(medium.jPerp() + direct.jPerp()), Math.max(Math.abs(medium.jz()
                + direct.jz()), Math.abs(medium.dmi() + direct.dmi())));
        double fastest = Math.max(rate, coupling);
        double linewidth = ratio(fastest, scales.linewidth());
        double edge = ratio(fastest, scales.bandEdgeDistance());
        double delay = scales.groupVelocity() > 0 ? distance / scales.groupVelocity() * Math.max(medium.a(),
                medium.a2()) : 0;
        return new MarkovRatios(linewidth, edge, delay);
    }

    private static double ratio(double x, double y) {
        return x == 0 ? 0 : y == 0 ? Double.POSITIVE_INFINITY : x / y;
    }

    /**
     * The warnings for ratios above the threshold.
     *
     * @return one line per failing ratio
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (linewidth > THRESHOLD) {
            out.add(String.format(Locale.ROOT, "Born-Markov: the fastest rate or coupling is %.3g of the magnon"
                    + " linewidth alpha*omega; the bath is not flat over it (non-Markovian)", linewidth));
        }
        if (bandEdge > THRESHOLD) {
            out.add(String.format(Locale.ROOT, "Born-Markov: the fastest rate or coupling is %.3g of the distance of the"
                    + " NV frequency from the band bottom; the medium's memory time is not short", bandEdge));
        }
        if (delay > THRESHOLD) {
            out.add(String.format(Locale.ROOT, "Born-Markov: the magnon travel time |r|/v_g is %.3g of the decay time"
                    + " 1/a; retardation between the NVs is not negligible", delay));
        }
        return out;
    }
}
