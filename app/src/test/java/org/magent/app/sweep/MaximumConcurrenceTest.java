package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Cli;
import org.magent.app.output.Json;

/**
 * C_max is the largest C(t): at the point of the built-in example (r = 17.01 nm along y, 1 K) where two decade
 * samples 1 ulp apart once made the refinement's bracket miss the maximum (C_max 0.85182 at t = 22.57 µs, a point
 * on the slope), C_max is at least every C(t) of a dense grid around it, and its time lies where they peak.
 */
class MaximumConcurrenceTest {

    @Test
    void cMaxIsNoLowerThanADenseGridAroundIt(@TempDir Path tmp) throws Exception {
        ObjectNode spec = BuiltInExample.spec().toJson();
        spec.put("separation", "17.01254279852589nm");
        spec.put("direction", "y");
        spec.put("axis2", "temperature=1K");
        spec.remove("spacing");
        List<String> times = new ArrayList<>();
        for (int k = 0; k <= 100; k++) {
            times.add(String.format(Locale.ROOT, "%.6gs", 21.5e-6 + k * 0.02e-6));
        }
        spec.put("times", String.join(",", times));
        Path config = tmp.resolve("point.json");
        Files.writeString(config, Json.MAPPER.writeValueAsString(spec));
        Path dir = tmp.resolve("out");
        Cli.Result r = Cli.run("sweep", "--config", config.toString(), "--no-plots", "--output-dir", dir.toString());
        assertEquals(0, r.code(), r::toString);
        SweepFiles.Csv csv = SweepFiles.read(dir.resolve("sweep.csv"));
        assertEquals(1, csv.rows().size());
        double cMax = csv.value(0, "C_max");
        double tMax = csv.value(0, "t_at_C_max");
        double gridMax = 0;
        double gridTime = Double.NaN;
        for (int k = 0; k < csv.header().size(); k++) {
            if (csv.header().get(k).startsWith("C(t=")) {
                double c = SweepTable.parse(csv.rows().get(0).get(k));
                if (c > gridMax) {
                    gridMax = c;
                    gridTime = Double.parseDouble(csv.header().get(k).replaceAll("C\\(t=([^ ]+) s\\).*", "$1"));
                }
            }
        }
        assertTrue(cMax >= gridMax - 1e-12, "C_max " + cMax + " below the grid's " + gridMax);
        assertTrue(cMax < gridMax + 1e-6, "C_max " + cMax + " far above the grid's " + gridMax);
        assertEquals(gridTime, tMax, 0.02e-6, "t_at_C_max");
    }
}
