package org.magent.app.evolve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.apache.commons.math3.complex.Complex;
import org.magent.app.output.Format;
import org.magent.app.output.Json;
import org.magent.app.output.Texts;
import org.magent.qubits.state.DensityMatrix;

/**
 * Renders an {@link EvolutionResult} as table, CSV or JSON (layout documented in {@code magent evolve --help}).
 */
public final class EvolutionWriter {

    /**
     * Units of the columns, for the metadata.
     *
     * @param timeUnit the unit of the time column, e.g. "s" or "natural units, 1/energy"
     * @param successProbability whether there is a success_probability column (--postselect)
     * @return the description of the unit of every column present
     */
    public static String units(String timeUnit, boolean successProbability) {
        return "t (" + timeUnit + "); concurrence, eof (ebits), purity, bell_fidelity"
                + (successProbability ? ", success_probability" : "") + " (dimensionless)";
    }

    private static String units(EvolutionResult r, String timeUnit) {
        return units(timeUnit, r.columns().names().contains(Evolution.SUCCESS_PROBABILITY));
    }

    private EvolutionWriter() {
    }

    /**
     * Writes the result.
     *
     * @param w where to write
     * @param format the format
     * @param inputs the inputs to echo (JSON only)
     * @param result the result
     * @param timeUnit the unit of the time column: "s" when the inputs carried physical units, else natural units
     */
    public static void write(PrintWriter w, Format format, ObjectNode inputs, EvolutionResult result,
            String timeUnit) {
        switch (format) {
            case table -> {
                w.println("# inputs: " + inputs);
                table(w, result, timeUnit);
            }
            case csv -> csv(w, result, timeUnit);
            case json -> Json.write(w, json(inputs, result, timeUnit));
            default -> throw new IllegalStateException("format " + format);
        }
    }

    private static void table(PrintWriter w, EvolutionResult r, String timeUnit) {
        w.println("# regime (unmonitored): " + r.unmonitoredRegime());
        r.postselectedRegime().ifPresent(p -> w.println("# regime (postselected): " + p));
        w.println("# units: " + units(r, timeUnit));
        r.columns().writeTable(w);
        r.steadyState().ifPresent(s -> {
            w.println();
            w.println("steady state reached from the initial state (Lindblad), basis uu, ud, du, dd:");
            for (int i = 0; i < DensityMatrix.DIM; i++) {
                StringBuilder sb = new StringBuilder("  ");
                for (int j = 0; j < DensityMatrix.DIM; j++) {
                    sb.append(String.format(Locale.ROOT, "%-36s", Texts.complexShort(new Complex(s.re(i, j), s.im(i, j)))));
                }
                w.println(sb.toString().stripTrailing());
            }
            w.println("steady concurrence: " + Texts.number(r.steadyConcurrence()));
        });
    }

    private static void csv(PrintWriter w, EvolutionResult r, String timeUnit) {
        r.columns().writeCsv(w);
        w.println("# units," + units(r, timeUnit).replace(',', ';'));
        w.println("# regime_unmonitored," + r.unmonitoredRegime());
        r.postselectedRegime().ifPresent(p -> w.println("# regime_postselected," + p));
        r.steadyState().ifPresent(s -> {
            w.println("# steady_concurrence," + r.steadyConcurrence());
            w.println("# steady_state," + String.join(",", DensityMatrix.BASIS));
            for (int i = 0; i < DensityMatrix.DIM; i++) {
                StringBuilder sb = new StringBuilder("# steady_state_" + DensityMatrix.BASIS[i]);
                for (int j = 0; j < DensityMatrix.DIM; j++) {
                    sb.append(',').append(Texts.complex(new Complex(s.re(i, j), s.im(i, j))));
                }
                w.println(sb);
            }
        });
    }

    private static ObjectNode json(ObjectNode inputs, EvolutionResult r, String timeUnit) {
        ObjectNode n = Json.object();
        n.set("inputs", inputs);
        ObjectNode regime = n.putObject("regime");
        regime.put("unmonitored", r.unmonitoredRegime());
        r.postselectedRegime().ifPresent(p -> regime.put("postselected", p));
        n.put("units", units(r, timeUnit));
        ArrayNode cols = n.putArray("columns");
        r.columns().names().forEach(cols::add);
        ArrayNode rows = n.putArray("rows");
        for (double[] row : r.columns().rows()) {
            ObjectNode o = rows.addObject();
            for (int c = 0; c < row.length; c++) {
                o.put(r.columns().names().get(c), row[c]);
            }
        }
        r.steadyState().ifPresent(s -> {
            ObjectNode st = n.putObject("steady_state");
            st.set("matrix", Json.matrix(s));
            st.put("concurrence", r.steadyConcurrence());
        });
        return n;
    }
}
