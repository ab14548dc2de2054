package org.magent.app.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.magent.app.output.Json;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;

/**
 * The columns of a sweep and their units: the CSV header, one row of cells per point, and the same rows as JSON.
 * Values are written in display units (separation in nm, temperature in K, field in mT, rates in 1/s, times in s
 * for an SI scenario; "natural" otherwise) with {@link Double#toString} so they parse back exactly. An undefined
 * value is an empty cell (JSON null), an infinite one "inf" (JSON null).
 */
public final class SweepTable {

    /** The text of an infinite value in the CSV. */
    public static final String INF = "inf";

    private final Scenario scenario;
    private final List<String> header;

    /**
     * The table of a scenario.
     *
     * @param scenario the sweep
     */
    public SweepTable(Scenario scenario) {
        this.scenario = scenario;
        String length = scenario.si() ? "nm" : "natural";
        String rate = scenario.si() ? "1/s" : "natural";
        String time = scenario.si() ? "s" : "natural";
        List<String> h = new ArrayList<>();
        h.add("separation (" + length + ")");
        scenario.axis2().ifPresent(a -> h.add(a.kind().label() + " (" + axis2Unit(a.kind()) + ")"));
        h.addAll(List.of("a (" + rate + ")", "at (" + rate + ")", "|A|/a (1)", "|At|/at (1)", "Jperp/a (1)",
                "D/a (1)", "C_max (1)", "t_at_C_max (" + time + ")"));
        for (double t : scenario.times()) {
            h.add("C(t=" + shortNumber(t) + (scenario.si() ? " s" : "") + ") (1)");
        }
        h.addAll(List.of("C_steady (1)", "lifetime (" + time + ")", "bell_fidelity_ps (1)", "C_ps (1)",
                "success_probability_ps (1)", "regime_ps", "stable"));
        this.header = List.copyOf(h);
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
     * @return separations × axis-2 values
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
     * The unit of a second axis in the output.
     *
     * @param kind the axis
     * @return its unit text
     */
    public String axis2Unit(Axis2Kind kind) {
        if (kind == Axis2Kind.EFFICIENCY) {
            return "1";
        }
        if (!scenario.si()) {
            return "natural";
        }
        return switch (kind) {
            case TEMPERATURE -> "K";
            case FIELD -> "mT";
            case DETUNING, GAP -> "rad/s";
            case EFFICIENCY -> "1";
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
            case DETUNING, GAP, EFFICIENCY -> v;
        };
    }

    /**
     * One point as CSV cells, in header order.
     *
     * @param p the point
     * @return the cells
     */
    public List<String> cells(PointResult p) {
        List<String> c = new ArrayList<>(header.size());
        c.add(separationCell(p.separation()));
        scenario.axis2().ifPresent(a -> c.add(number(axis2Display(a.kind(), p.axis2()))));
        for (double v : new double[] {p.a(), p.aTilde(), p.couplingRatio(), p.couplingTildeRatio(), p.jPerpRatio(),
            p.dmiRatio(), p.maxConcurrence(), p.timeOfMax()}) {
            c.add(number(v));
        }
        for (double v : p.concurrenceAtTimes()) {
            c.add(number(v));
        }
        for (double v : new double[] {p.steadyConcurrence(), p.lifetime(), p.bellFidelity(),
            p.postselectedConcurrence(), p.successProbability()}) {
            c.add(number(v));
        }
        c.add(p.regime());
        c.add(Boolean.toString(p.stable()));
        return c;
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
     * cells, a cell that is not a number, a separation or axis-2 value other than the scenario's, a concurrence,
     * fidelity or probability outside [0, 1], a negative rate or time, an unknown regime or stability value.
     *
     * @param cells the cells of the line
     * @param index the point's index (axis 2 outer, separation inner), or −1 to skip the comparison of the axes
     * @return a description of the first problem, or null for a valid row
     */
    public String problem(List<String> cells, int index) {
        if (cells.size() != header.size()) {
            return cells.size() + " cells instead of " + header.size();
        }
        int n = header.size();
        for (int k = 0; k < n - 2; k++) {
            double v;
            try {
                v = parse(cells.get(k));
            } catch (NumberFormatException e) {
                return "column '" + header.get(k) + "' = '" + cells.get(k) + "' is not a number";
            }
            String h = header.get(k);
            boolean unitInterval = h.startsWith("C_") || h.startsWith("C(t=") || h.startsWith("bell_fidelity")
                    || h.startsWith("success_probability");
            boolean nonNegative = h.startsWith("a (") || h.startsWith("at (") || h.startsWith("|A|/a")
                    || h.startsWith("|At|/at") || h.startsWith("t_at_C_max") || h.startsWith("lifetime");
            if (unitInterval && !(Double.isNaN(v) || v >= -1e-9 && v <= 1 + 1e-9)
                    || nonNegative && v < 0 || !unitInterval && !nonNegative && k > 1 && Double.isInfinite(v)) {
                return "column '" + h + "' = " + cells.get(k) + " is out of range";
            }
        }
        String regime = cells.get(n - 2);
        if (!regime.isEmpty() && !List.of("PT_EXACT", "EXCEPTIONAL_POINT", "PT_BROKEN").contains(regime)) {
            return "column 'regime_ps' = '" + regime + "' is not a regime";
        }
        String stable = cells.get(n - 1);
        if (!stable.equals("true") && !stable.equals("false")) {
            return "column 'stable' = '" + stable + "' is not true or false";
        }
        if (index >= 0) {
            int perSlice = scenario.separations().size();
            String r = separationCell(scenario.separations().get(index % perSlice));
            if (!cells.get(0).equals(r)) {
                return "separation = " + cells.get(0) + ", but point " + (index + 1) + " of this scenario is at "
                        + r + " (" + header.get(0) + ")";
            }
            if (scenario.axis2().isPresent()) {
                Axis2 a = scenario.axis2().get();
                String v = number(axis2Display(a.kind(), a.values().get(index / perSlice)));
                if (!cells.get(1).equals(v)) {
                    return a.kind().label() + " = " + cells.get(1) + ", but point " + (index + 1)
                            + " of this scenario has " + v + " (" + header.get(1) + ")";
                }
            }
        }
        return null;
    }

    private String separationCell(double r) {
        return number(scenario.si() ? r * 1e9 : r);
    }

    /**
     * The rows as JSON objects keyed by column name.
     *
     * @param rows the CSV rows
     * @return the array
     */
    public ArrayNode json(List<List<String>> rows) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (List<String> row : rows) {
            ObjectNode n = out.addObject();
            for (int k = 0; k < header.size(); k++) {
                String cell = row.get(k);
                if (k == header.size() - 1) {
                    n.put(header.get(k), Boolean.parseBoolean(cell));
                } else if (k == header.size() - 2) {
                    n.put(header.get(k), cell);
                } else {
                    double v = parse(cell);
                    if (Double.isFinite(v)) {
                        n.put(header.get(k), v);
                    } else {
                        n.putNull(header.get(k));
                    }
                }
            }
        }
        return out;
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
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%." + digits + "g", v)).stripTrailingZeros()
                .toString();
    }

    /** A short rendering of a time for a column name (6 significant digits). */
    static String shortNumber(double t) {
        return label(t, 6);
    }

}
