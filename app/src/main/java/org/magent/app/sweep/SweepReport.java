package org.magent.app.sweep;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.magent.app.plot.DisplayUnit;
import org.magent.app.plot.Ticks;
import org.magent.app.sweep.plot.SweepPlots;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;

/** The human-facing views of a finished sweep: the compact terminal table and the plot specification. */
final class SweepReport {

    private static final String[] TABLE_COLUMNS = {"separation", "|A|/a", "C_max", "t_at_C_max", "C_steady",
        "lifetime", "C_ps", "success_probability_ps", "regime_ps", "stable"};

    /** Below this |A|/a the phase of A is not drawn (it is the phase of round-off). */
    static final double PHASE_FLOOR = 1e-3;

    private SweepReport() {
    }

    /**
     * The compact terminal table: separation, the second axis, |A|/a, the concurrence measures, lifetime,
     * postselected concurrence and success probability, regime, stability. Its lines are pure functions of the
     * rows, so that the workers of a sweep format them while the points run.
     */
    static final class TextTable {

        private final int[] columns;
        private final int[] widths;
        private final String header;

        /**
         * The table of one scenario.
         *
         * @param s the scenario
         * @param table the columns
         */
        TextTable(Scenario s, SweepTable table) {
            List<Integer> cols = new ArrayList<>();
            cols.add(table.column("separation"));
            if (s.nv().isPresent()) {
                cols.add(table.column("direction"));
            }
            s.axis2().ifPresent(a -> cols.add(table.axis2Column()));
            for (int k = 1; k < TABLE_COLUMNS.length; k++) {
                cols.add(table.column(TABLE_COLUMNS[k]));
            }
            List<String> names = cols.stream().map(c -> table.header().get(c).replace(" (1)", "")
                    .replace("success_probability_ps", "P_success_ps")).toList();
            columns = cols.stream().mapToInt(Integer::intValue).toArray();
            widths = names.stream().mapToInt(n -> Math.max(12, n.length() + 2)).toArray();
            StringBuilder head = new StringBuilder();
            for (int k = 0; k < names.size(); k++) {
                pad(head, names.get(k), widths[k]);
            }
            header = head.toString().stripTrailing();
        }

        /**
         * The line of one row (thread-safe).
         *
         * @param row the CSV cells
         * @param values the row's numbers ({@link SweepTable#values})
         * @return the line, without a line break
         */
        String line(List<String> row, double[] values) {
            StringBuilder line = new StringBuilder(widths.length * 13);
            for (int k = 0; k < columns.length; k++) {
                pad(line, cell(row.get(columns[k]), values[columns[k]]), widths[k]);
            }
            return line.toString().stripTrailing();
        }

        /**
         * Prints the header and the lines.
         *
         * @param out where to print
         * @param lines the rows' lines, in order
         */
        void print(PrintStream out, List<String> lines) {
            out.println(header);
            for (String line : lines) {
                out.println(line);
            }
        }

        private static void pad(StringBuilder b, String text, int width) {
            b.append(text);
            for (int k = text.length(); k < width; k++) {
                b.append(' ');
            }
        }
    }

    /** A cell as the table shows it: 4 significant digits for a number (value, its parse), else the text. */
    private static String cell(String v, double value) {
        if (v.isEmpty() || v.equals(SweepTable.INF) || !Character.isDigit(v.charAt(v.length() - 1))) {
            return v.isEmpty() ? "-" : v;
        }
        return fourSignificant(value);
    }

    private static final MathContext FOUR = new MathContext(4, RoundingMode.HALF_UP);

    /**
     * {@code String.format(Locale.ROOT, "%.4g", v)}, without the format string's parsing: the shortest decimal of v
     * (that of {@link Double#toString}) rounded half-up to 4 significant digits, then fixed notation when the rounded
     * magnitude m has 1e-4 ≤ m &lt; 1e4 and computerised scientific notation otherwise.
     *
     * @param v the value
     * @return the text
     */
    static String fourSignificant(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        boolean negative = Double.compare(v, 0.0) < 0;
        String sign = negative ? "-" : "";
        if (v == 0) {
            return sign + "0.000";
        }
        BigDecimal m = new BigDecimal(Double.toString(Math.abs(v))).round(FOUR);
        int exponent = m.precision() - m.scale() - 1;
        if (exponent < -4 || exponent >= 4) {
            String digits = m.unscaledValue().toString();
            StringBuilder b = new StringBuilder(sign).append(digits.charAt(0)).append('.');
            for (int k = 1; k < 4; k++) {
                b.append(k < digits.length() ? digits.charAt(k) : '0');
            }
            b.append('e').append(exponent < 0 ? '-' : '+');
            int e = Math.abs(exponent);
            return b.append(e < 10 ? "0" : "").append(e).toString();
        }
        return sign + m.setScale(3 - exponent, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * What the plots show: one curve family per value of the second axis, labels in units chosen for reading.
     *
     * @param s the scenario
     * @param table the columns
     * @param regimes the rows' postselected regimes (column regime_ps), in order
     * @param values the rows' numbers ({@link SweepTable#values}), in order
     * @param heatTime the time of the concurrence in the heat map (one of the scenario's times), or NaN for C_max
     * @return the specification
     */
    static SweepPlots.Spec plotSpec(Scenario s, SweepTable table, List<String> regimes, List<double[]> values,
            double heatTime) {
        int n = s.separations().size();
        int nFamilies = values.size() / n;
        int width = table.header().size();
        int directions = s.directionCount();
        boolean nv = s.nv().isPresent();
        int separation = table.separationColumn();
        // NV sweeps: derived columns after the table's, the phase of A (deg) and nothing else
        int phase = nv ? width : -1;
        List<SweepPlots.Family> families = new ArrayList<>();
        List<String> axisLabels = new ArrayList<>();
        DisplayUnit axisUnit = s.axis2().map(a -> axis2Unit(s, a)).orElse(DisplayUnit.NATURAL);
        for (int f = 0; f < nFamilies; f++) {
            List<String> partRegimes = regimes.subList(f * n, (f + 1) * n);
            List<double[]> numbers = values.subList(f * n, (f + 1) * n);
            double[][] columns = new double[nv ? width + 1 : width][n];
            String[] regimeOf = new String[n];
            for (int k = 0; k < n; k++) {
                for (int c = 0; c < width; c++) {
                    if (table.numeric(c)) {
                        columns[c][k] = numbers.get(k)[c];
                    }
                }
                regimeOf[k] = partRegimes.get(k);
                if (nv) {
                    // the phase of a vanishing A is noise: left out below |A|/a = PHASE_FLOOR
                    columns[phase][k] = columns[table.column("|A|/a")][k] < PHASE_FLOOR ? Double.NaN
                            : Math.toDegrees(Math.atan2(columns[table.column("Im A/a")][k],
                                    columns[table.column("Re A/a")][k]));
                }
            }
            List<String> label = new ArrayList<>();
            List<String> rowLabel = new ArrayList<>();
            if (s.axis2().isPresent()) {
                double v = s.axis2().get().values().get(f / directions);
                double shown = axisValue(s, s.axis2().get(), v);
                rowLabel.add(Ticks.plain(axisUnit.of(shown)));
                label.add(symbol(s, s.axis2().get().kind()) + " = " + axisUnit.label(shown));
            }
            if (nv && directions > 1) {
                String d = s.nv().get().directionLabels().get(f % directions);
                rowLabel.add(d);
                label.add("r along " + d);
            }
            axisLabels.add(String.join(", ", rowLabel));
            families.add(new SweepPlots.Family(String.join(", ", label), columns[separation], columns, regimeOf));
        }
        DisplayUnit time = s.si() ? new DisplayUnit(1, "s") : DisplayUnit.NATURAL;
        List<SweepPlots.Measure> conc = new ArrayList<>();
        SweepPlots.Measure heat = null;
        conc.add(new SweepPlots.Measure(table.column("C_max"), "C_max, the largest C(t)", "C_max"));
        for (int k = 0; k < s.times().size(); k++) {
            String name = "C(t = " + timeLabel(s, s.times().get(k)) + ")";
            SweepPlots.Measure m = new SweepPlots.Measure(table.column("C(t=") + k, name, name);
            conc.add(m);
            if (heat == null && s.times().get(k) == heatTime) {
                heat = m;
            }
        }
        conc.add(new SweepPlots.Measure(table.column("C_steady"), "C_steady, of the steady state reached",
                "C_steady"));
        String ps = "C postselected at t = " + timeLabel(s, s.postselectTime());
        conc.add(new SweepPlots.Measure(table.column("C_ps"), ps, ps));
        if (heat == null) {
            heat = conc.get(0);
        }
        if (s.axis2().filter(a -> a.kind() == Axis2Kind.EFFICIENCY).isPresent()) {
            // the trade-off the efficiency axis shows: the heralded state's Bell fidelity (its probability is in
            // the CSV)
            String name = "heralded Bell fidelity at t = " + timeLabel(s, s.postselectTime());
            heat = new SweepPlots.Measure(table.column("bell_fidelity_ps"), name, name);
        }
        String xUnit = s.si() ? "nm" : "natural units";
        String axisTitle = s.axis2().map(a -> (a.kind() == Axis2Kind.EFFICIENCY ? "detection efficiency η (1)"
                : a.kind() == Axis2Kind.DAMPING ? "Gilbert damping α (1)"
                : a.kind().label() + " " + symbol(s, a.kind()) + " ("
                + (axisUnit.natural() ? "natural units" : axisUnit.symbol()) + ")")
                + (directions > 1 ? ", direction of r" : "")).orElse(null);
        SweepPlots.Covariance covariance = nv ? new SweepPlots.Covariance(table.column("Re A/a"),
                table.column("Im A/a"), phase) : null;
        return new SweepPlots.Spec(families, (nv ? "in-plane separation r (" : "separation r (") + xUnit + ")",
                s.spacing() == Spacing.log, conc, table.column("|A|/a"), table.column("lifetime"), time, axisTitle,
                axisLabels, heat, covariance);
    }

    /** A time for a label: "100 µs" (SI) or "2.5" (natural units). */
    private static String timeLabel(Scenario s, double t) {
        return s.si() ? DisplayUnit.time(t).label(t) : Ticks.plain(t);
    }

    private static String symbol(Scenario s, Axis2Kind kind) {
        String cyclic = s.si() ? "/2π" : "";
        return switch (kind) {
            case TEMPERATURE -> "T";
            case DETUNING -> "δ" + cyclic;
            case GAP -> "Ω" + cyclic;
            case FIELD -> "B";
            case HEIGHT -> "h";
            case DAMPING -> "α";
            case EFFICIENCY -> "η";
        };
    }

    /**
     * The unit of the second axis in plots: temperatures in K or mK, fields in mT, heights in nm, energies as
     * f = ω/2π in GHz (MHz when all are below 1 GHz).
     */
    private static DisplayUnit axis2Unit(Scenario s, Axis2 a) {
        if (!s.si() || a.kind() == Axis2Kind.EFFICIENCY || a.kind() == Axis2Kind.DAMPING) {
            return DisplayUnit.NATURAL;
        }
        return switch (a.kind()) {
            case TEMPERATURE -> {
                double max = 0;
                for (double v : a.values()) {
                    max = Math.max(max, Quantities.fromNatural(v, QuantityKind.TEMPERATURE, "K"));
                }
                yield DisplayUnit.temperature(max);
            }
            case FIELD -> new DisplayUnit(1, "mT");
            case HEIGHT -> new DisplayUnit(1, "nm");
            case DETUNING, GAP -> {
                double max = 0;
                for (double v : a.values()) {
                    max = Math.max(max, Math.abs(v) / (2 * Math.PI * 1e9));
                }
                yield max < 1 ? new DisplayUnit(1e-3, "MHz") : new DisplayUnit(1, "GHz");
            }
            case EFFICIENCY, DAMPING -> DisplayUnit.NATURAL;
        };
    }

    /** An axis-2 value in the base unit of {@link #axis2Unit} (K, mT, GHz), or as is in natural units. */
    private static double axisValue(Scenario s, Axis2 a, double v) {
        if (!s.si()) {
            return v;
        }
        return switch (a.kind()) {
            case TEMPERATURE -> Quantities.fromNatural(v, QuantityKind.TEMPERATURE, "K");
            case FIELD -> Quantities.fromNatural(v, QuantityKind.FIELD, "mT");
            case HEIGHT -> v * 1e9;
            case DETUNING, GAP -> v / (2 * Math.PI * 1e9);
            case EFFICIENCY, DAMPING -> v;
        };
    }
}
