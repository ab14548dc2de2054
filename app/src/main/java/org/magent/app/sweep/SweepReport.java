package org.magent.app.sweep;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.magent.app.sweep.plot.SweepPlots;

/** The human-facing views of a finished sweep: the compact terminal table and the plot specification. */
final class SweepReport {

    private static final String[] TABLE_COLUMNS = {"separation", "|A|/a", "C_max", "t_at_C_max", "C_steady",
        "lifetime", "C_ps", "success_probability_ps", "regime_ps", "stable"};

    private SweepReport() {
    }

    /**
     * Prints a compact table: separation, the second axis, |A|/a, the concurrence measures, lifetime,
     * postselected concurrence and success probability, regime, stability.
     *
     * @param out where to print
     * @param s the scenario
     * @param table the columns
     * @param rows the rows
     */
    static void table(PrintStream out, Scenario s, SweepTable table, List<List<String>> rows) {
        List<Integer> cols = new ArrayList<>();
        cols.add(table.column("separation"));
        s.axis2().ifPresent(a -> cols.add(1));
        for (int k = 1; k < TABLE_COLUMNS.length; k++) {
            cols.add(table.column(TABLE_COLUMNS[k]));
        }
        List<String> names = cols.stream().map(c -> table.header().get(c).replace(" (1)", "")
                .replace("success_probability_ps", "P_success_ps")).toList();
        StringBuilder head = new StringBuilder();
        for (String name : names) {
            head.append(pad(name, name.length() + 2));
        }
        out.println(head.toString().stripTrailing());
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < cols.size(); k++) {
                line.append(pad(cell(row.get(cols.get(k))), names.get(k).length() + 2));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%-" + Math.max(12, width) + "s", text);
    }

    private static String cell(String v) {
        if (v.isEmpty() || v.equals(SweepTable.INF) || !Character.isDigit(v.charAt(v.length() - 1))) {
            return v.isEmpty() ? "-" : v;
        }
        return String.format(Locale.ROOT, "%.4g", Double.parseDouble(v));
    }

    /**
     * What the plots show: one curve family per value of the second axis.
     *
     * @param s the scenario
     * @param table the columns
     * @param rows the rows, in order
     * @return the specification
     */
    static SweepPlots.Spec plotSpec(Scenario s, SweepTable table, List<List<String>> rows) {
        int n = s.separations().size();
        int nFamilies = rows.size() / n;
        List<SweepPlots.Family> families = new ArrayList<>();
        double[] axisValues = new double[nFamilies];
        for (int f = 0; f < nFamilies; f++) {
            List<List<String>> part = rows.subList(f * n, (f + 1) * n);
            double[][] columns = new double[table.header().size()][n];
            String[] regimes = new String[n];
            for (int k = 0; k < n; k++) {
                for (int c = 0; c < table.header().size() - 2; c++) {
                    columns[c][k] = SweepTable.parse(part.get(k).get(c));
                }
                regimes[k] = part.get(k).get(table.header().size() - 2);
            }
            String label = "";
            if (s.axis2().isPresent()) {
                axisValues[f] = columns[1][0];
                label = s.axis2().get().kind().label() + " = " + SweepTable.label(axisValues[f], 4)
                        + " " + table.axis2Unit(s.axis2().get().kind());
            }
            families.add(new SweepPlots.Family(label, columns[0], columns, regimes));
        }
        List<Integer> conc = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            String h = table.header().get(c);
            if (h.startsWith("C_max") || h.startsWith("C(t=") || h.startsWith("C_steady") || h.startsWith("C_ps")) {
                conc.add(c);
                names.add(h.startsWith("C_ps") ? "C postselected (t = " + SweepTable.shortNumber(s.postselectTime())
                        + (s.si() ? " s" : "") + ")" : h.replace(" (1)", ""));
            }
        }
        String axisTitle = s.axis2().map(a -> a.kind().label() + " (" + table.axis2Unit(a.kind()) + ")")
                .orElse(null);
        boolean efficiencyAxis = s.axis2().filter(a -> a.kind() == Axis2Kind.EFFICIENCY).isPresent();
        int heat = efficiencyAxis ? table.column("bell_fidelity_ps") : conc.get(s.times().isEmpty() ? 0 : 1);
        String heatName = efficiencyAxis ? "heralded Bell fidelity (t = " + SweepTable.shortNumber(s.postselectTime())
                + (s.si() ? " s" : "") + ")" : names.get(s.times().isEmpty() ? 0 : 1);
        return new SweepPlots.Spec(families, table.header().get(0), s.spacing() == Spacing.log,
                conc.stream().mapToInt(Integer::intValue).toArray(), names.toArray(String[]::new),
                table.column("|A|/a"), table.column("lifetime"), table.header().get(table.column("lifetime")),
                heat, heatName, axisTitle, axisValues);
    }
}
