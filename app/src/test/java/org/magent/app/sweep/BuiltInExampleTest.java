package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.output.Json;

/**
 * {@code magent sweep} without arguments: two NV centres above a YIG film, separations 10 nm to 10 µm along x and
 * y, four temperatures. It runs, writes every file, covers what {@link BuiltInExample} says, and the in-process
 * helper {@link BuiltInExampleRun} gives the rows the command writes. (Its physics is asserted where the README
 * quotes it.)
 */
class BuiltInExampleTest {

    @TempDir
    static Path dir;

    @Test
    void theExampleRunsWritesItsFilesAndCoversBothDirectionsAndFourTemperatures() throws Exception {
        SweepFiles.run(dir);
        for (String f : List.of("sweep.csv", "sweep.json", "scenario.json", "concurrence.png", "coupling.png",
                "lifetime.png", "covariance.png", "heatmap.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        byte[] png = Files.readAllBytes(dir.resolve("heatmap.png"));
        assertEquals(0x89, png[0] & 0xff);
        assertEquals('P', png[1]);
        SweepFiles.Csv csv = SweepFiles.read(dir.resolve("sweep.csv"));
        assertEquals(40 * 2 * 4, csv.rows().size());
        Set<Double> directions = new TreeSet<>();
        Set<Double> temperatures = new TreeSet<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            directions.add(csv.value(i, "direction"));
            temperatures.add(csv.value(i, "temperature"));
            assertEquals("true", csv.text(i, "stable"), "row " + i);
        }
        assertEquals(Set.of(0.0, 90.0), directions);
        List<Double> t = List.copyOf(temperatures);
        assertEquals(4, t.size(), t::toString);
        double[] expected = {0.05, 1, 4, 300};
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], t.get(k), 1e-12 * expected[k]);
        }
        assertEquals(10.0, csv.value(0, "separation"), 1e-9);
        assertEquals(10000.0, csv.value(39, "separation"), 1e-9);
        assertEquals(90.0, csv.value(40, "direction"), 0.0);
        // the inputs the class documents: the NV frequency of the ms = 0 <-> -1 transition in 20 mT, identical NVs
        assertEquals(csv.value(0, "Delta1/2pi"), csv.value(0, "Delta2/2pi"), 0.0);
        assertTrue(csv.value(0, "Delta1/2pi") > 2.2 && csv.value(0, "Delta1/2pi") < 2.4, csv.text(0, "Delta1"));
        // intrinsic T1 = 1 s: a >= 1/(2 T1 (1 + e^{-Delta/T})) at every point (the medium adds to it)
        for (int i = 0; i < csv.rows().size(); i++) {
            assertTrue(csv.value(i, "a (") >= 1 / (2 * 1.0) / 2 * (1 - 1e-9), "row " + i);
        }
        JsonNode scenario = Json.MAPPER.readTree(dir.resolve("scenario.json").toFile());
        assertEquals(BuiltInExample.spec().toJson(), scenario);
        // the in-process helper gives exactly the rows the command wrote
        BuiltInExampleRun.Result run = BuiltInExampleRun.get();
        assertEquals(csv.header(), run.csv().header());
        assertEquals(csv.rows(), run.csv().rows());
        JsonNode json = Json.MAPPER.readTree(dir.resolve("sweep.json").toFile());
        assertEquals(run.warnings().size(), json.get("warnings").size());
        // sweep.json's points are the CSV's rows: numbers read back to the same doubles, inf and empty as null
        SweepTable table = new SweepTable(SweepFiles.scenario());
        assertEquals(csv.rows().size(), json.get("points").size());
        for (int i = 0; i < csv.rows().size(); i++) {
            JsonNode point = json.get("points").get(i);
            assertEquals(csv.header().size(), point.size());
            for (int k = 0; k < csv.header().size(); k++) {
                String cell = csv.rows().get(i).get(k);
                JsonNode v = point.get(csv.header().get(k));
                if (cell.equals("true") || cell.equals("false")) {
                    assertEquals(Boolean.parseBoolean(cell), v.booleanValue());
                } else if (!table.numeric(k)) {
                    assertEquals(cell, v.textValue());
                } else if (Double.isFinite(SweepTable.parse(cell))) {
                    assertEquals(SweepTable.parse(cell), v.doubleValue(), 0.0, "row " + i + ", " + csv.header().get(k));
                } else {
                    assertTrue(v.isNull(), "row " + i + ", " + csv.header().get(k));
                }
            }
        }
        // the text is Jackson's, byte for byte
        for (List<String> row : csv.rows()) {
            com.fasterxml.jackson.databind.node.ObjectNode n = Json.object();
            for (int k = 0; k < row.size(); k++) {
                String name = csv.header().get(k);
                if (row.get(k).equals("true") || row.get(k).equals("false")) {
                    n.put(name, Boolean.parseBoolean(row.get(k)));
                } else if (!table.numeric(k)) {
                    n.put(name, row.get(k));
                } else if (Double.isFinite(SweepTable.parse(row.get(k)))) {
                    n.put(name, SweepTable.parse(row.get(k)));
                } else {
                    n.putNull(name);
                }
            }
            assertEquals(n.toString(), table.jsonRow(row));
        }
        // each point is one line
        long lines = Files.readAllLines(dir.resolve("sweep.json")).stream().filter(l -> l.startsWith("    {\"")).count();
        assertEquals(csv.rows().size(), lines);
    }
}
