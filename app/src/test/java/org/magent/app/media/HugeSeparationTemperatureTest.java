package org.magent.app.media;

import org.junit.jupiter.api.Test;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/**
 * Separations and temperatures so large that the Green's functions overflow are refused naming the option and
 * the range that works, not reported as a NaN deep inside a medium.
 */
class HugeSeparationTemperatureTest {

    private static final String FERRO = "dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=0";
    private static final String[] FILM = {"params", "--medium", "film", "--field", "20mT", "--field-polar", "54.7deg",
        "--nv", "polar=54.7356deg,azimuth=0deg,height=100nm"};

    private static Cli.Result params(String... extra) {
        String[] base = {"params", "--medium", "ferromagnet", "--set", FERRO, "--qubits", "Delta1=0.5,Delta2=0.5"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return Cli.run(all);
    }

    private static Cli.Result film(String temperature, String separation) {
        String[] all = new String[FILM.length + 4];
        System.arraycopy(FILM, 0, all, 0, FILM.length);
        all[FILM.length] = "--temperature";
        all[FILM.length + 1] = temperature;
        all[FILM.length + 2] = "--separation";
        all[FILM.length + 3] = separation;
        return Cli.run(all);
    }

    @Test
    void aHugeSeparationNamesTheOptionAndTheLimit() {
        Assertions2.badInput(params("--separation", "1e300"), "--separation", "1.00000e+300", "|r| <= 1e100");
        Assertions2.badInput(params("--separation", "1e200,1e200,1e200"), "--separation", "|r| <= 1e100");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", FERRO, "--separation-range",
                "1:1e300:3"), "--separation", "|r| <= 1e100");
        Assertions2.badInput(film("4K", "1e300nm"), "--separation", "1.00000e+291 m", "|r| <= 1e100 m");
    }

    @Test
    void aHugeTemperatureNamesTheOptionAndTheLimit() {
        Assertions2.badInput(params("--separation", "2", "--temperature", "1e300"), "--temperature",
                "1.00000e+300", "T <= 1e100");
    }
}
