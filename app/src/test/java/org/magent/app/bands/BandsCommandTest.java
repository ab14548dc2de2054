package org.magent.app.bands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Cli;

/** {@code magent bands}: the dispersion along three directions and the rate map, with their non-reciprocity. */
class BandsCommandTest {

    @Test
    void dispersionAndMap(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("bands", "--medium", "film", "--set",
                "thickness=20nm,magnetisation=142kA/m,exchangeConstant=3.7pJ/m,damping=1e-4", "--field", "25mT",
                "--field-polar", "90deg", "--nv", "polar=54.7356deg,azimuth=0deg,height=109nm", "--output-dir",
                dir.toString());
        assertEquals(0, r.code(), r::toString);
        for (String f : List.of("bands_dispersion.csv", "bands_dispersion.png", "bands_map.csv", "bands_map.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 1000, f);
        }
        List<String> disp = Files.readAllLines(dir.resolve("bands_dispersion.csv"));
        assertEquals("k_rad_per_um,f_BV_GHz,f_45deg_GHz,f_DE_GHz,f_NV_GHz", disp.get(0));
        String[] k0 = disp.get(1).split(",");
        assertEquals(0, Double.parseDouble(k0[0]), 0);
        // in-plane 25 mT (γ from the free-electron g): Kittel 1.99864 GHz in every direction at k = 0
        assertEquals(1.99864, Double.parseDouble(k0[1]), 1e-4);
        assertEquals(Double.parseDouble(k0[1]), Double.parseDouble(k0[3]), 1e-9);
        // the map: more weight at ky < 0 (waves along −y = M × n couple to the field above the film)
        double up = 0;
        double down = 0;
        for (String line : Files.readAllLines(dir.resolve("bands_map.csv")).subList(1, 161 * 161 + 1)) {
            String[] c = line.split(",");
            double ky = Double.parseDouble(c[1]);
            double v = Double.parseDouble(c[2]);
            if (ky > 0) {
                up += v;
            } else if (ky < 0) {
                down += v;
            }
        }
        assertTrue(down > 10 * up, "non-reciprocal weight: " + down + " vs " + up);
    }
}
