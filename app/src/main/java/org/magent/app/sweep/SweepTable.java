package org.magent.app.sweep;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.masterequation.BathParameters;
import org.magent.bath.MarkovRatios;
import org.magent.bath.NvPairBath;
import org.apache.commons.math3.complex.Complex;

/**
 * The columns of a sweep and their units: the CSV header, one row of cells per point, and the same rows as JSON.
 * Values are written in display units (separation in nm, temperature in K, field in mT, rates in 1/s, times in s
 * for an SI scenario; "natural" otherwise) with {@link Double#toString} so they parse back exactly. An undefined
 * value is an empty cell (JSON null), an infinite one "inf" (JSON null).
 *
 * <p>NV centres above a film have their own columns: the direction of the separation, the NV frequencies, the
 * master-equation coefficients (a, ã, d; a2, ã2, d2 when the NVs differ) whose headers say that they are
 * coefficients and what rate each gives (W = 2a, Wt = 2ã, a coherence decays at 4d), the normalised noise cross-correlations A/√(a1 a2), Ã/ã,
 * 𝔇/√(d1 d2), the coherent couplings (totals, medium and direct parts), the direct dipolar shifts of the
 * splittings, the dynamics columns and the three Markov-validity ratios.
 */
public final class SweepTable {

    /** The text of an infinite value in the CSV. */
    public static final String INF = "inf";
    /** The unit text of the decay coefficient a of an NV sweep (a level decays at W = 2a). */
    public static final String RATE = "1/s; master-equation coefficient; W = 2a";
    /** The postselected regimes a row may hold ({@link PointDynamics#MIXED} for an ensemble that differs). */
    private static final List<String> REGIMES = List.of("PT_EXACT", "EXCEPTIONAL_POINT", "PT_BROKEN",
            PointDynamics.MIXED);

    /** How a column is checked when a row is read back. */
    private enum Check {
        /** An axis: compared with the scenario. */
        AXIS,
        /** In [0, 1] (or undefined). */
        UNIT_INTERVAL,
        /** ≥ 0, infinity allowed. */
        NON_NEGATIVE,
        /** Any finite number (or undefined). */
        FINITE,
        /** The postselected regime. */
        REGIME,
        /** true or false. */
        BOOLEAN
    }

    private final Scenario scenario;
    private final List<String> header;
    private final List<Check> checks;
    private final String[] jsonKeys;
    private final boolean nv;
    private final boolean twoNvs;

    /**
     * The table of a scenario.
     *
     * @param scenario the sweep
     */
    public SweepTable(Scenario scenario) {
        this.scenario = scenario;
        this.nv = scenario.nv().isPresent();
        this.twoNvs = nv && !scenario.nv().get().identical();
        String length = scenario.si() ? "nm" : "natural";
        String rate = scenario.si() ? "1/s" : "natural";
        String time = scenario.si() ? "s" : "natural";
        List<String> h = new ArrayList<>();
        List<Check> c = new ArrayList<>();
        if (nv) {
            add(h, c, "direction (deg)", Check.AXIS);
        }
        add(h, c, "separation (" + length + ")", Check.AXIS);
        scenario.axis2().ifPresent(a -> add(h, c, a.kind().label() + " (" + axis2Unit(a.kind()) + ")", Check.AXIS));
        if (nv) {
            add(h, c, "Delta1/2pi (GHz)", Check.NON_NEGATIVE);
            add(h, c, "Delta2/2pi (GHz)", Check.NON_NEGATIVE);
            add(h, c, "a (" + RATE + ")", Check.NON_NEGATIVE);
            add(h, c, "at (" + coefficient("1/s", "Wt = 2at") + ")", Check.NON_NEGATIVE);
            if (twoNvs) {
                add(h, c, "a2 (" + coefficient("1/s", "W2 = 2a2") + ")", Check.NON_NEGATIVE);
                add(h, c, "at2 (" + coefficient("1/s", "Wt2 = 2at2") + ")", Check.NON_NEGATIVE);
            }
            add(h, c, "W (1/s; W = 2a: transition rate of a level of NV 1)", Check.NON_NEGATIVE);
            add(h, c, "|A|/a (1)", Check.NON_NEGATIVE);
            add(h, c, "Re A/a (1)", Check.FINITE);
            add(h, c, "Im A/a (1)", Check.FINITE);
            add(h, c, "|At|/at (1)", Check.NON_NEGATIVE);
            add(h, c, "Re Dd/d (1)", Check.FINITE);
            add(h, c, "Im Dd/d (1)", Check.FINITE);
            for (String j : List.of("Jperp", "Jz", "D")) {
                add(h, c, j + " (rad/s; H_eff coefficient: medium + direct)", Check.FINITE);
            }
            for (String part : List.of("medium", "direct")) {
                for (String j : List.of("Jperp", "Jz", "D")) {
                    add(h, c, j + "_" + part + " (rad/s)", Check.FINITE);
                }
            }
            add(h, c, "Delta1_shift_direct (rad/s)", Check.FINITE);
            add(h, c, "Delta2_shift_direct (rad/s)", Check.FINITE);
            add(h, c, "d (" + coefficient("1/s", "a coherence decays at 4d from it") + ")", Check.NON_NEGATIVE);
            if (twoNvs) {
                add(h, c, "d2 (" + coefficient("1/s", "a coherence decays at 4d2 from it") + ")",
                        Check.NON_NEGATIVE);
            }
        } else {
            add(h, c, "a (" + coefficient(rate, "W = 2a") + ")", Check.NON_NEGATIVE);
            add(h, c, "at (" + coefficient(rate, "Wt = 2at") + ")", Check.NON_NEGATIVE);
            add(h, c, "|A|/a (1)", Check.NON_NEGATIVE);
            add(h, c, "|At|/at (1)", Check.NON_NEGATIVE);
            add(h, c, "Jperp/a (1)", Check.FINITE);
            add(h, c, "D/a (1)", Check.FINITE);
        }
        add(h, c, "C_max (1)", Check.UNIT_INTERVAL);
        add(h, c, "t_at_C_max (" + time + ")", Check.NON_NEGATIVE);
        for (double t : scenario.times()) {
            add(h, c, "C(t=" + shortNumber(t) + (scenario.si() ? " s" : "") + ") (1)", Check.UNIT_INTERVAL);
        }
        add(h, c, "C_steady (1)", Check.UNIT_INTERVAL);
        add(h, c, "lifetime (" + time + ")", Check.NON_NEGATIVE);
        add(h, c, "bell_fidelity_ps (1)", Check.UNIT_INTERVAL);
        add(h, c, "C_ps (1)", Check.UNIT_INTERVAL);
        add(h, c, "success_probability_ps (1)", Check.UNIT_INTERVAL);
        add(h, c, "regime_ps", Check.REGIME);
        if (nv) {
            add(h, c, "markov_rate_over_linewidth (1)", Check.NON_NEGATIVE);
            add(h, c, "markov_rate_over_band_edge (1)", Check.NON_NEGATIVE);
            add(h, c, "markov_delay_times_rate (1)", Check.NON_NEGATIVE);
        }
        add(h, c, "stable", Check.BOOLEAN);
        this.header = List.copyOf(h);
        this.checks = List.copyOf(c);
        this.jsonKeys = jsonKeys(this.header);
    }

    /** "unit; master-equation coefficient; what it is a rate of" for a rate column. */
    private static String coefficient(String unit, String rate) {
        return unit + "; master-equation coefficient; " + rate;
    }

    private static void add(List<String> header, List<Check> checks, String name, Check check) {
        header.add(name);
        checks.add(check);
    }

    /**
     * The column names with units.
     *
     * @return the header
     */
    public List<String> header() {
        return header;
    }

    /**
     * The number of points of the scenario (rows of a finished sweep).
     *
     * @return separations × directions × axis-2 values
     */
    public int points() {
        return scenario.size();
    }

    /**
     * The index of a column.
     *
     * @param prefix the start of its name, e.g. "C_steady"
     * @return the first column whose name starts with it
     * @throws IllegalArgumentException if there is none
     */
    public int column(String prefix) {
        for (int k = 0; k < header.size(); k++) {
            if (header.get(k).startsWith(prefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no column " + prefix);
    }

    /**
     * Whether a column holds numbers (every column but the regime and the stability verdict).
     *
     * @param k the column index
     * @return true for a numeric column
     */
    public boolean numeric(int k) {
        return checks.get(k) != Check.REGIME && checks.get(k) != Check.BOOLEAN;
    }

    /**
     * The index of the separation column.
     *
     * @return 0, or 1 after the direction column of an NV sweep
     */
    public int separationColumn() {
        return nv ? 1 : 0;
    }

    /**
     * The index of the second-axis column.
     *
     * @return the column after the separation (only meaningful with a second axis)
     */
    public int axis2Column() {
        return separationColumn() + 1;
    }

    /**
     * The unit of a second axis in the output.
     *
     * @param kind the axis
     * @return its unit text
     */
    public String axis2Unit(Axis2Kind kind) {
        if (kind == Axis2Kind.EFFICIENCY || kind == Axis2Kind.DAMPING) {
            return "1";
        }
        if (!scenario.si()) {
            return "natural";
        }
        return switch (kind) {
            case TEMPERATURE -> "K";
            case FIELD -> "mT";
            case HEIGHT -> "nm";
            case DETUNING, GAP -> "rad/s";
            case EFFICIENCY, DAMPING -> "1";
        };
    }

    /**
     * A second-axis value in display units.
     *
     * @param kind the axis
     * @param v the value in scenario units
     * @return the display value
     */
    public double axis2Display(Axis2Kind kind, double v) {
        if (!scenario.si()) {
            return v;
        }
        return switch (kind) {
            case TEMPERATURE -> Quantities.fromNatural(v, QuantityKind.TEMPERATURE, "K");
            case FIELD -> Quantities.fromNatural(v, QuantityKind.FIELD, "mT");
            case HEIGHT -> v * 1e9;
            case DETUNING, GAP, EFFICIENCY, DAMPING -> v;
        };
    }

    /**
     * A direction in display units: degrees from x, rounded to 1e-9 deg.
     *
     * @param angle the direction (rad)
     * @return degrees
     */
    public static double directionDegrees(double angle) {
        return Math.round(Math.toDegrees(angle) * 1e9) / 1e9;
    }

    /**
     * One point as CSV cells, in header order.
     *
     * @param p the point
     * @return the cells
     */
    public List<String> cells(PointResult p) {
        List<String> c = new ArrayList<>(header.size());
        if (nv) {
            c.add(number(directionDegrees(p.direction())));
        }
        c.add(separationCell(p.separation()));
        scenario.axis2().ifPresent(a -> c.add(number(axis2Display(a.kind(), p.axis2()))));
        if (nv) {
            NvPairBath.Point n = p.nv().orElseThrow(() -> new IllegalStateException("an NV point without NV data"));
            BathParameters b = n.report().bath();
            double cyclicGHz = 2 * Math.PI * 1e9;
            List<Double> v = new ArrayList<>(List.of(n.delta1() / cyclicGHz, n.delta2() / cyclicGHz, b.a(),
                    b.aTilde()));
            if (twoNvs) {
                v.addAll(List.of(b.a2(), b.aTilde2()));
            }
            Complex cov = covariance(b.coupling(), b.a(), b.a2());
            Complex covT = covariance(b.couplingTilde(), b.aTilde(), b.aTilde2());
            Complex covD = covariance(b.dephasingCoupling(), b.dephasing(), b.dephasing2());
            v.addAll(List.of(2 * b.a(), cov.abs(), cov.getReal(), cov.getImaginary(), covT.abs(), covD.getReal(),
                    covD.getImaginary(), b.jPerp(), b.jz(), b.dmi(), n.medium().jPerp(), n.medium().jz(),
                    n.medium().dmi(), n.direct().jPerp(), n.direct().jz(), n.direct().dmi(), n.shift1(),
                    n.shift2(), b.dephasing()));
            if (twoNvs) {
                v.add(b.dephasing2());
            }
            v.forEach(x -> c.add(number(x)));
        } else {
            for (double v : new double[] {p.a(), p.aTilde(), p.couplingRatio(), p.couplingTildeRatio(),
                p.jPerpRatio(), p.dmiRatio()}) {
                c.add(number(v));
            }
        }
        c.add(number(p.maxConcurrence()));
        c.add(number(p.timeOfMax()));
        for (double v : p.concurrenceAtTimes()) {
            c.add(number(v));
        }
        for (double v : new double[] {p.steadyConcurrence(), p.lifetime(), p.bellFidelity(),
            p.postselectedConcurrence(), p.successProbability()}) {
            c.add(number(v));
        }
        c.add(p.regime());
        if (nv) {
            MarkovRatios m = p.nv().get().markov();
            c.add(number(m.linewidth()));
            c.add(number(m.bandEdge()));
            c.add(number(m.delay()));
        }
        c.add(Boolean.toString(p.stable()));
        return c;
    }

    /**
     * A normalised cross-correlation z/√(x1 x2): A/√(a1 a2), the noise covariance of the two NVs; undefined
     * (NaN) when either local rate is 0.
     *
     * @param z the cross term
     * @param x1 the local term of NV 1
     * @param x2 the local term of NV 2
     * @return the ratio
     */
    static Complex covariance(Complex z, double x1, double x2) {
        double norm = Math.sqrt(x1 * x2);
        return norm > 0 ? z.divide(norm) : new Complex(Double.NaN, Double.NaN);
    }

    /**
     * A CSV cell back as a number: "" → NaN, "inf" → +∞.
     *
     * @param cell the cell
     * @return the value
     */
    public static double parse(String cell) {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        return INF.equals(cell) ? Double.POSITIVE_INFINITY : Double.parseDouble(cell);
    }

    /**
     * Whether a CSV line is a complete row of this table (right number of cells, numbers where numbers belong).
     *
     * @param cells the cells of the line
     * @return true when valid
     */
    public boolean isValidRow(List<String> cells) {
        return problem(cells, -1) == null;
    }

    /**
     * What is wrong with a CSV row that should hold point {@code index} of the scenario: a wrong number of
     * cells, a cell that is not a number, a separation, direction or axis-2 value other than the scenario's, a
     * concurrence, fidelity or probability outside [0, 1], a negative rate or time, an unknown regime or stability
     * value.
     *
     * @param cells the cells of the line
     * @param index the point's index (axis 2 outer, then direction, separation inner), or −1 to skip the
     *     comparison of the axes
     * @return a description of the first problem, or null for a valid row
     */
    public String problem(List<String> cells, int index) {
        if (cells.size() != header.size()) {
            return cells.size() + " cells instead of " + header.size();
        }
        for (int k = 0; k < header.size(); k++) {
            String cell = cells.get(k);
            String h = header.get(k);
            Check check = checks.get(k);
            if (check == Check.REGIME) {
                if (!cell.isEmpty() && !REGIMES.contains(cell)) {
                    return "column '" + h + "' = '" + cell + "' is not a regime";
                }
                continue;
            }
            if (check == Check.BOOLEAN) {
                if (!cell.equals("true") && !cell.equals("false")) {
                    return "column '" + h + "' = '" + cell + "' is not true or false";
                }
                continue;
            }
            double v;
            try {
                v = parse(cell);
            } catch (NumberFormatException e) {
                return "column '" + h + "' = '" + cell + "' is not a number";
            }
            boolean bad = switch (check) {
                case UNIT_INTERVAL -> !(Double.isNaN(v) || v >= -1e-9 && v <= 1 + 1e-9);
                case NON_NEGATIVE -> v < 0;
                case FINITE -> Double.isInfinite(v);
                default -> false;
            };
            if (bad) {
                return "column '" + h + "' = " + cell + " is out of range";
            }
        }
        if (index >= 0) {
            int perSlice = scenario.separations().size();
            int directions = scenario.directionCount();
            int sc = separationColumn();
            String r = separationCell(scenario.separations().get(index % perSlice));
            if (!cells.get(sc).equals(r)) {
                return "separation = " + cells.get(sc) + ", but point " + (index + 1) + " of this scenario is at "
                        + r + " (" + header.get(sc) + ")";
            }
            if (nv) {
                double angle = scenario.nv().get().directions().get((index / perSlice) % directions);
                String d = number(directionDegrees(angle));
                if (!cells.get(0).equals(d)) {
                    return "direction = " + cells.get(0) + ", but point " + (index + 1) + " of this scenario is along "
                            + d + " (" + header.get(0) + ")";
                }
            }
            if (scenario.axis2().isPresent()) {
                Axis2 a = scenario.axis2().get();
                int ac = axis2Column();
                String v = number(axis2Display(a.kind(), a.values().get(index / (perSlice * directions))));
                if (!cells.get(ac).equals(v)) {
                    return a.kind().label() + " = " + cells.get(ac) + ", but point " + (index + 1)
                            + " of this scenario has " + v + " (" + header.get(ac) + ")";
                }
            }
        }
        return null;
    }

    private String separationCell(double r) {
        return number(scenario.si() ? r * 1e9 : r);
    }

    /**
     * The numbers of one row, thread-safe: {@link #parse} of each numeric cell, NaN for the others.
     *
     * @param row the CSV cells
     * @return one value per column
     */
    public double[] values(List<String> row) {
        double[] out = new double[header.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = numeric(k) ? parse(row.get(k)) : Double.NaN;
        }
        return out;
    }

    /**
     * One row as a compact JSON object keyed by column name, thread-safe: numbers as Java writes a double (the
     * shortest text that reads back to the same value, as Jackson writes them), inf and undefined as null, the
     * booleans and the regime as JSON values.
     *
     * @param row the CSV cells
     * @return the object's text, on one line
     */
    public String jsonRow(List<String> row) {
        return jsonRow(row, values(row));
    }

    /**
     * {@link #jsonRow(List)} with the row's numbers already read.
     *
     * @param row the CSV cells
     * @param values {@link #values} of the row
     * @return the object's text, on one line
     */
    public String jsonRow(List<String> row, double[] values) {
        String[] keys = jsonKeys;
        StringBuilder b = new StringBuilder(keys.length * 40);
        b.append('{');
        for (int k = 0; k < keys.length; k++) {
            if (k > 0) {
                b.append(',');
            }
            b.append(keys[k]);
            String cell = row.get(k);
            Check check = checks.get(k);
            if (check == Check.BOOLEAN) {
                b.append(Boolean.parseBoolean(cell));
            } else if (check == Check.REGIME) {
                b.append('"').append(JsonStringEncoder.getInstance().quoteAsString(cell)).append('"');
            } else {
                double v = values[k];
                if (Double.isFinite(v)) {
                    b.append(Double.toString(v));
                } else {
                    b.append("null");
                }
            }
        }
        return b.append('}').toString();
    }

    /** "name": of each column, quoted for JSON. */
    private static String[] jsonKeys(List<String> header) {
        String[] keys = new String[header.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = '"' + new String(JsonStringEncoder.getInstance().quoteAsString(header.get(k))) + "\":";
        }
        return keys;
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Double.isInfinite(v) ? INF : Double.toString(v + 0.0);
    }

    /**
     * A number for labels: the given significant digits, trailing zeros dropped (1e-4 → "0.0001", 0.05 → "0.05").
     *
     * @param v the value
     * @param digits significant digits, ≥ 1
     * @return the text
     */
    static String label(double v, int digits) {
        java.math.BigDecimal b = new java.math.BigDecimal(String.format(Locale.ROOT, "%." + digits + "g", v))
                .stripTrailingZeros();
        // plain from 1e-5 to 1e7 (10, not 1E+1; 0.00002), else 1e12 and 2.5e-9
        double a = Math.abs(v);
        return a == 0 || a >= 1e-5 && a < 1e7 ? b.toPlainString()
                : b.toString().replace("E+", "e").replace('E', 'e');
    }

    /** A short rendering of a time for a column name (6 significant digits). */
    static String shortNumber(double t) {
        return label(t, 6);
    }

}
