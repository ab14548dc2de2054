package org.magent.app.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.TwoSiteCorrelator;

/**
 * A plugin's configured {@link Medium} behind a {@link PluginGuard}. Besides the timeout and the error wording it
 * checks the results: non-null, one correlator per separation, a finite accuracy, a dimension 1–3, and causality
 * of the local correlators — the spectral weight 𝒜_ii(ω) = −2 Im G_ii(ω) must have the sign of ω (docs/physics.md;
 * a &lt; 0 at Δ &gt; 0 otherwise). A causality violation seen in {@link #transverse} joins the findings of
 * {@link #stability()} (a verdict, exit 1), which the fluctuation–dissipation layer asks for after the correlators. The plugin's own
 * stability findings get the plugin and the medium prefixed.
 */
final class GuardedMedium implements Medium {

    /** Relative size of a wrong-sign spectral weight, against |G_ii|, that counts as a violation. */
    private static final double CAUSALITY_TOLERANCE = 1e-12;
    private static final int MAX_FINDINGS = 5;

    private final String where;
    private final Medium medium;
    private final PluginGuard guard;
    private final List<String> causality = new CopyOnWriteArrayList<>();

    GuardedMedium(String where, Medium medium, PluginGuard guard) {
        this.where = where;
        this.medium = medium;
        this.guard = guard;
    }

    @Override
    public String name() {
        return guard.result(where, "name()", medium::name);
    }

    @Override
    public Map<String, String> parameterValues() {
        return guard.result(where, "parameterValues()", medium::parameterValues);
    }

    @Override
    public int dimension() {
        int d = guard.call(where, "dimension()", medium::dimension);
        if (d < 1 || d > 3) {
            throw new PluginException(where + ": dimension() returned " + d + ", not 1, 2 or 3");
        }
        return d;
    }

    @Override
    public boolean isLattice() {
        return guard.call(where, "isLattice()", medium::isLattice);
    }

    @Override
    public boolean hasFiniteLocalRealPart() {
        return guard.call(where, "hasFiniteLocalRealPart()", medium::hasFiniteLocalRealPart);
    }

    @Override
    public List<TwoSiteCorrelator> transverse(double omega, List<Separation> separations) {
        String call = String.format(Locale.ROOT, "transverse(omega = %s)", omega);
        List<TwoSiteCorrelator> out = guard.result(where, call, () -> medium.transverse(omega, separations));
        if (out.size() != separations.size()) {
            throw new PluginException(String.format(Locale.ROOT, "%s: %s returned %d correlators for %d separations",
                    where, call, out.size(), separations.size()));
        }
        for (int i = 0; i < out.size(); i++) {
            TwoSiteCorrelator g = out.get(i);
            if (g == null) {
                throw new PluginException(where + ": " + call + " returned null at separation "
                        + separations.get(i).text());
            }
            checkCausality(omega, separations.get(i), "G_11", g.g11());
            checkCausality(omega, separations.get(i), "G_22", g.g22());
        }
        return List.copyOf(out);
    }

    private void checkCausality(double omega, Separation r, String name, Complex g) {
        double spectral = -2 * g.getImaginary();
        if (Math.signum(omega) * spectral < -CAUSALITY_TOLERANCE * g.abs() && causality.size() < MAX_FINDINGS) {
            causality.add(String.format(Locale.ROOT, "causality violated by %s: Im %s(omega = %.6g) = %.6g has the "
                    + "sign of omega, so the spectral weight A = -2 Im %s = %.6g has the wrong sign (it must have "
                    + "the sign of omega; at r = %s)", where, name, omega, g.getImaginary(), name, spectral,
                    r.text()));
        }
    }

    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        String call = String.format(Locale.ROOT, "longitudinal(T = %s, r = %s)", temperature, r.text());
        return guard.result(where, call, () -> medium.longitudinal(temperature, r));
    }

    @Override
    public StabilityReport stability() {
        StabilityReport own = guard.result(where, "stability()", medium::stability);
        List<String> findings = new ArrayList<>();
        own.findings().forEach(f -> findings.add(where + ": " + f));
        findings.addAll(causality);
        return StabilityReport.of(findings);
    }
}
