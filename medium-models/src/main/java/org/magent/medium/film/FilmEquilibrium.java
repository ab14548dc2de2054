package org.magent.medium.film;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The equilibrium direction of the film's magnetisation from the Zeeman and thin-film shape-anisotropy energies,
 * per unit volume and in units of M_s:
 * <pre>
 * E(θ) = −B cos(θ − θ_B) + (μ0 M_s/2) cos²θ,     dE/dθ = 0  ⟺  B sin(θ − θ_B) = (μ0 M_s/2) sin 2θ
 * </pre>
 * with θ the polar angle of M from the film normal, in the plane of the normal and the field (M = (sin θ, 0,
 * cos θ)). The stable solution is the global minimum of E; a second, higher local minimum (a metastable state
 * reachable by hysteresis) is reported. A minimum of E(θ) on the side of the normal opposite to the field's in-plane
 * component (sin θ sin θ_B &lt; 0) is not a minimum on the sphere: with no in-plane anisotropy M rotates in the plane
 * towards the field at no cost, so such points are discarded. Degenerate cases are taken in the limit B → 0⁺ along the given field
 * direction: at B = 0 M lies along +x (θ = π/2), and for a field along the normal below μ0 M_s M tilts towards
 * +x (θ = +arccos(B/μ0M_s)).
 *
 * @param theta the equilibrium polar angle θ0 of M (rad), in (−π, π]
 * @param metastable the polar angles of other local minima of E (rad), empty when θ0 is the only one
 * @param curvature d²E/dθ² at θ0 (T), &gt; 0 for a stable minimum
 */
public record FilmEquilibrium(double theta, List<Double> metastable, double curvature) {

    private static final int GRID = 7200;

    /** Freezes the list. */
    public FilmEquilibrium {
        metastable = List.copyOf(metastable);
    }

    /**
     * Solves for the equilibrium.
     *
     * @param field the bias field B, θ_B
     * @param saturationInduction μ0 M_s (T), &gt; 0
     * @return the equilibrium
     */
    public static FilmEquilibrium solve(BiasField field, double saturationInduction) {
        double b = field.magnitude();
        double tb = field.polar();
        double hk = saturationInduction;
        if (b == 0) {
            return new FilmEquilibrium(Math.PI / 2, List.of(), curvature(b, tb, hk, Math.PI / 2));
        }
        List<Double> minima = new ArrayList<>();
        double prev2 = energy(b, tb, hk, -Math.PI);
        double prev1 = energy(b, tb, hk, -Math.PI + 2 * Math.PI / GRID);
        for (int i = 2; i <= GRID + 1; i++) {
            double th = -Math.PI + i * 2 * Math.PI / GRID;
            double e = energy(b, tb, hk, th);
            if (prev1 <= prev2 && prev1 < e) {
                double m = refine(b, tb, hk, th - 2 * 2 * Math.PI / GRID, th);
                m = Math.atan2(Math.sin(m), Math.cos(m));
                boolean known = false;
                for (double x : minima) {
                    known |= Math.abs(Math.IEEEremainder(x - m, 2 * Math.PI)) < 1e-9;
                }
                if (!known) {
                    minima.add(m);
                }
            }
            prev2 = prev1;
            prev1 = e;
        }
        double best = Double.NaN;
        double bestE = Double.POSITIVE_INFINITY;
        double scale = b + hk;
        for (double th : minima) {
            double e = energy(b, tb, hk, th);
            // equal energies (a field along the normal below μ0 M_s): prefer M leaning towards +x
            boolean tie = Math.abs(e - bestE) <= 1e-13 * scale;
            if ((!tie && e < bestE) || (tie && Math.sin(th) > Math.sin(best))) {
                best = th;
                bestE = Math.min(e, bestE);
            }
        }
        List<Double> others = new ArrayList<>();
        for (double th : minima) {
            boolean saddle = Math.sin(th) * Math.sin(tb) < 0;
            if (!saddle && Math.abs(Math.IEEEremainder(th - best, 2 * Math.PI)) > 1e-9
                    && energy(b, tb, hk, th) > bestE + 1e-13 * scale) {
                others.add(th);
            }
        }
        return new FilmEquilibrium(best, others, curvature(b, tb, hk, best));
    }

    /**
     * The direction of M in the film frame.
     *
     * @return the unit vector (sin θ0, 0, cos θ0)
     */
    public double[] direction() {
        return new double[] {Math.sin(theta), 0, Math.cos(theta)};
    }

    /**
     * A one-line description, with angles in degrees.
     *
     * @return e.g. "theta0 = 85.8348 deg from the normal"
     */
    public String describe() {
        return String.format(Locale.ROOT, "theta0 = %.4f deg from the normal", Math.toDegrees(theta));
    }

    static double energy(double b, double tb, double hk, double th) {
        double c = Math.cos(th);
        return -b * Math.cos(th - tb) + 0.5 * hk * c * c;
    }

    private static double derivative(double b, double tb, double hk, double th) {
        return b * Math.sin(th - tb) - 0.5 * hk * Math.sin(2 * th);
    }

    private static double curvature(double b, double tb, double hk, double th) {
        return b * Math.cos(th - tb) - hk * Math.cos(2 * th);
    }

    /** The root of dE/dθ in [lo, hi] by bisection (the bracket holds a minimum). */
    private static double refine(double b, double tb, double hk, double lo, double hi) {
        double flo = derivative(b, tb, hk, lo);
        double fhi = derivative(b, tb, hk, hi);
        if (flo > 0 || fhi < 0) {
            return 0.5 * (lo + hi);
        }
        return Bisection.root(th -> derivative(b, tb, hk, th), lo, hi, flo);
    }
}
