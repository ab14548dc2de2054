package org.magent.app.relaxometry;

import java.util.List;
import java.util.Locale;

/** The relaxometry scan as CSV (units in the header) and as a terminal table. */
final class RelaxometryTable {

    /** The CSV header: every column names its quantity and unit; W = 2a. */
    static final String HEADER = "field_mT,height_nm,f_NV_GHz,Delta_rad_per_s,W_2a_per_s,Wt_2at_per_s,a_per_s,"
            + "at_per_s,band_bottom_GHz,kittel_GHz";

    private RelaxometryTable() {
    }

    static String csv(List<RelaxometryRun.Point> points) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (RelaxometryRun.Point p : points) {
            b.append(String.format(Locale.ROOT, "%.9g,%.9g,%.12g,%.12g,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g%n",
                    1e3 * p.field(), 1e9 * p.height(), ghz(p.delta()), p.delta(), 2 * p.a(), 2 * p.aTilde(), p.a(),
                    p.aTilde(), ghz(p.bandBottom()), ghz(p.kittel())));
        }
        return b.toString();
    }

    static String table(List<RelaxometryRun.Point> points, RelaxometryRun.Crossings c, boolean heightScan,
            double temperature) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "# single-NV relaxometry at T = %.6g K; W = 2a is the transition rate"
                + " of the NV qubit (1/s), Wt = 2at the reverse rate%n", temperature));
        if (!heightScan) {
            b.append(String.format(Locale.ROOT, "# NV frequency = band bottom at B = %s mT; = Kittel (k = 0) frequency"
                    + " at B = %s mT%n", mt(c.bandBottom()), mt(c.kittel())));
        }
        b.append(String.format(Locale.ROOT, "%10s %10s %12s %14s %14s %12s %12s%n", "B (mT)", "h (nm)", "f_NV (GHz)",
                "W = 2a (1/s)", "Wt = 2at (1/s)", "bottom (GHz)", "Kittel (GHz)"));
        for (RelaxometryRun.Point p : points) {
            b.append(String.format(Locale.ROOT, "%10.4f %10.3f %12.6f %14.6g %14.6g %12.6f %12.6f%n", 1e3 * p.field(),
                    1e9 * p.height(), ghz(p.delta()), 2 * p.a(), 2 * p.aTilde(), ghz(p.bandBottom()),
                    ghz(p.kittel())));
        }
        return b.toString();
    }

    private static String mt(double tesla) {
        return Double.isNaN(tesla) ? "(not in the scanned range)" : String.format(Locale.ROOT, "%.4f", 1e3 * tesla);
    }

    static double ghz(double omega) {
        return omega / (2 * Math.PI * 1e9);
    }
}
