package org.magent.app.relaxometry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import org.magent.app.concurrent.Futures;
import org.magent.app.media.ConfiguredMedium;
import org.magent.bath.NvPairBath;
import org.magent.medium.FieldMedium;
import org.magent.medium.MediumCatalog;
import org.magent.medium.film.BiasField;
import org.magent.medium.film.FilmMedium;
import org.magent.nv.NvCentre;
import org.magent.nv.NvQubit;
import org.magent.validation.InvalidInputException;

/**
 * The single-NV relaxation rate against the bias field (or the NV height): the job relaxometry groups run. For every
 * point the NV frequency follows the field (exact NV eigenstates), the film's band moves with the field, and the
 * rates come from the stray-field noise at the NV frequency.
 */
public final class RelaxometryRun {

    /**
     * One point of the scan.
     *
     * @param field B (T)
     * @param height h (m)
     * @param delta the NV frequency Δ (rad/s)
     * @param a the decay coefficient a (1/s); W = 2a
     * @param aTilde the excitation coefficient ã (1/s); W̃ = 2ã
     * @param bandBottom the film's band minimum (rad/s)
     * @param kittel the film's k = 0 frequency (rad/s)
     */
    public record Point(double field, double height, double delta, double a, double aTilde, double bandBottom,
            double kittel) {
    }

    /**
     * The fields where the NV frequency crosses the band bottom and the Kittel frequency, NaN where it does not
     * within the scanned range.
     *
     * @param bandBottom B where Δ equals the band minimum (T)
     * @param kittel B where Δ equals the k = 0 frequency (T)
     */
    public record Crossings(double bandBottom, double kittel) {
    }

    private final MediumCatalog catalog;
    private final String mediumName;
    private final String set;
    private final double fieldPolar;
    private final NvCentre nv;
    private final double temperature;

    /**
     * A scan definition.
     *
     * @param catalog the media
     * @param mediumName the medium (a field medium)
     * @param set its parameters
     * @param fieldPolar θ_B (rad)
     * @param nv the NV
     * @param temperature T (K)
     */
    public RelaxometryRun(MediumCatalog catalog, String mediumName, String set, double fieldPolar, NvCentre nv,
            double temperature) {
        this.catalog = catalog;
        this.mediumName = mediumName;
        this.set = set;
        this.fieldPolar = fieldPolar;
        this.nv = nv;
        this.temperature = temperature;
    }

    /**
     * The medium in a field.
     *
     * @param b B (T)
     * @return the configured field medium
     */
    public FieldMedium medium(double b) {
        if (mediumName != null && catalog.get(mediumName.strip()).parameters().stream()
                .noneMatch(p -> p.name().equals("field"))) {
            throw new InvalidInputException("medium", "--medium " + mediumName.strip() + ": relaxometry and bands"
                    + " need a medium with a bias field that NV centres see through its stray field (--medium film);"
                    + " " + mediumName.strip() + " couples to qubits by contact: use params or sweep with --qubits");
        }
        StringBuilder all = new StringBuilder(set == null ? "" : set);
        if (all.length() > 0) {
            all.append(',');
        }
        all.append(String.format(Locale.ROOT, "field=%.17gT,fieldPolar=%.17grad", b, fieldPolar));
        ConfiguredMedium c = ConfiguredMedium.of(catalog, mediumName, all.toString());
        if (!(c.medium() instanceof FieldMedium fm)) {
            throw new InvalidInputException("medium", "relaxometry needs a medium that couples through its stray field"
                    + " (film); " + c.medium().name() + " does not");
        }
        return fm;
    }

    /**
     * The NV qubit in a field.
     *
     * @param b B (T)
     * @param centre the NV (its height)
     * @return the qubit
     */
    public NvQubit qubit(double b, NvCentre centre) {
        BiasField f = new BiasField(b, fieldPolar);
        return NvQubit.in(centre, f.vector(), new double[] {Math.sin(fieldPolar), 0, Math.cos(fieldPolar)});
    }

    /**
     * Evaluates the scan on a thread pool (each point is independent).
     *
     * @param fields B for every point (T)
     * @param heights h for every point (m)
     * @param threads the number of threads
     * @return the points, in order
     */
    public List<Point> run(List<Double> fields, List<Double> heights, int threads) {
        if (fields.size() != heights.size()) {
            throw new IllegalArgumentException("fields and heights differ in length");
        }
        List<Supplier<Point>> jobs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            double b = fields.get(i);
            double h = heights.get(i);
            jobs.add(() -> point(b, h));
        }
        return Futures.inOrder(jobs, threads, "relaxometry", "computing the relaxation rates");
    }

    private Point point(double b, double h) {
        FieldMedium medium = medium(b);
        NvCentre centre = nv.atHeight(h);
        NvQubit q = qubit(b, centre);
        double[] rates = NvPairBath.single(medium, q, temperature);
        double bottom = Double.NaN;
        double kittel = Double.NaN;
        if (medium instanceof FilmMedium film) {
            bottom = film.band().bandMinimum()[0];
            kittel = film.band().kittelFrequency();
        }
        return new Point(b, h, q.splitting(), rates[0], rates[1], bottom, kittel);
    }

    /**
     * The fields where the NV frequency equals the band bottom and the Kittel frequency, by bisection between scan
     * points where the difference changes sign.
     *
     * @param points the scan (ordered in field)
     * @return the crossings, NaN where none
     */
    public Crossings crossings(List<Point> points) {
        return new Crossings(cross(points, true), cross(points, false));
    }

    private double cross(List<Point> points, boolean bottom) {
        for (int i = 0; i + 1 < points.size(); i++) {
            Point p = points.get(i);
            Point q = points.get(i + 1);
            double dp = p.delta() - (bottom ? p.bandBottom() : p.kittel());
            double dq = q.delta() - (bottom ? q.bandBottom() : q.kittel());
            if (Double.isFinite(dp) && Double.isFinite(dq) && (dp > 0) != (dq > 0)) {
                double lo = p.field();
                double hi = q.field();
                double flo = dp;
                for (int it = 0; it < 60 && hi - lo > 1e-12; it++) {
                    double mid = 0.5 * (lo + hi);
                    FilmMedium film = (FilmMedium) medium(mid);
                    double d = qubit(mid, nv.atHeight(p.height())).splitting()
                            - (bottom ? film.band().bandMinimum()[0] : film.band().kittelFrequency());
                    if ((d > 0) == (flo > 0)) {
                        lo = mid;
                        flo = d;
                    } else {
                        hi = mid;
                    }
                }
                return 0.5 * (lo + hi);
            }
        }
        return Double.NaN;
    }
}
