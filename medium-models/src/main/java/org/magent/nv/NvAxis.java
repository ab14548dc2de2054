package org.magent.nv;

import java.util.Locale;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The symmetry axis of an NV centre in the film frame (ẑ the film normal towards the NVs, x̂ the in-plane
 * projection of the bias field): polar angle θ from ẑ and azimuth φ from x̂.
 *
 * <p>The NV's own frame is z' = n = (sin θ cos φ, sin θ sin φ, cos θ), x' = ∂n/∂θ = (cos θ cos φ, cos θ sin φ,
 * −sin θ), y' = z' × x' = (−sin φ, cos φ, 0). The m_s basis of the spin-1 is quantised along z' with S_± built from
 * x', y'; the phases of the m_s = ±1 components, and with them the phases of A and J⊥ + iD, refer to this x'.
 *
 * @param polar θ (rad), in [0, π]
 * @param azimuth φ (rad)
 */
public record NvAxis(double polar, double azimuth) {

    /** The polar angle of every ⟨111⟩ axis on a (001) surface, arccos(1/√3) = 54.7356° (rad). */
    public static final double TETRAHEDRAL_POLAR = Math.acos(1 / Math.sqrt(3));

    /** Validates: finite, θ in [0, π]. */
    public NvAxis {
        Checks.finite("polar", polar, "rad");
        Checks.finite("azimuth", azimuth, "rad");
        if (polar < 0 || polar > Math.PI) {
            throw new InvalidInputException("polar", String.format(Locale.ROOT,
                    "NV polar = %s rad (%.6g deg) is outside [0, pi] (angle from the film normal)", polar,
                    Math.toDegrees(polar)));
        }
    }

    /**
     * One of the four ⟨111⟩ axes of a (001)-cut diamond, with the crystal [100] along x̂, taken with its
     * component along the normal positive: [111], [-111], [1-11], [-1-11] (the sign of the z index, −1, picks the
     * same axis; an NV axis is a line).
     *
     * @param millerIndices e.g. "111", "-111", "1-11", "-1-11" (brackets optional)
     * @return the axis, polar 54.7356°, azimuth 45°, 135°, −45° or −135°
     * @throws InvalidInputException for anything else
     */
    public static NvAxis of111(String millerIndices) {
        String s = millerIndices.strip().replace("[", "").replace("]", "");
        int[] v = new int[3];
        int k = 0;
        for (int i = 0; i < s.length() && k < 3; i++) {
            char c = s.charAt(i);
            int sign = 1;
            if (c == '-' && i + 1 < s.length()) {
                sign = -1;
                c = s.charAt(++i);
            }
            if (c != '1') {
                k = -1;
                break;
            }
            v[k++] = sign;
        }
        if (k != 3) {
            throw new InvalidInputException("axis", "axis = '" + millerIndices + "' (Miller indices) is not one of"
                    + " the <111> axes: give 111, -111, 1-11 or -1-11");
        }
        if (v[2] < 0) {
            v[0] = -v[0];
            v[1] = -v[1];
        }
        return new NvAxis(TETRAHEDRAL_POLAR, Math.atan2(v[1], v[0]));
    }

    /**
     * The unit vector n along the axis.
     *
     * @return (n_x, n_y, n_z) in the film frame
     */
    public double[] unit() {
        return new double[] {Math.sin(polar) * Math.cos(azimuth), Math.sin(polar) * Math.sin(azimuth),
            Math.cos(polar)};
    }

    /**
     * The NV frame (x', y', z') as rows, in the film frame.
     *
     * @return {x', y', z'}
     */
    public double[][] frame() {
        double st = Math.sin(polar);
        double ct = Math.cos(polar);
        double sp = Math.sin(azimuth);
        double cp = Math.cos(azimuth);
        return new double[][] {{ct * cp, ct * sp, -st}, {-sp, cp, 0}, {st * cp, st * sp, ct}};
    }
}
