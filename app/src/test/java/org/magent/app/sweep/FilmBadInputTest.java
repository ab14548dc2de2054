package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/** Bad inputs of NV centres above a film: exit 2, one line naming the parameter, nothing written. */
class FilmBadInputTest {

    @TempDir
    Path tmp;

    private Cli.Result sweep(String... args) {
        List<String> all = new ArrayList<>(List.of("sweep"));
        all.addAll(List.of(args));
        all.addAll(List.of("--output-dir", tmp.resolve("out").toString(), "--no-progress"));
        return Cli.run(all.toArray(String[]::new));
    }

    private Cli.Result film(String... extra) {
        return sweep(FilmSweepTest.with(extra));
    }

    private static final String[] FERROMAGNET = {"--medium", "ferromagnet", "--set",
        "dim=3,gap=0.2,stiffness=1,spinDensity=1", "--qubits", "Delta1=1,Delta2=1", "--separation", "1,2", "--times",
        "1"};

    private Cli.Result ferromagnet(String... extra) {
        List<String> all = new ArrayList<>(List.of(FERROMAGNET));
        all.addAll(List.of(extra));
        return sweep(all.toArray(String[]::new));
    }

    @Test
    void theFilmNeedsNvCentresAndRefusesContactQubits() {
        Assertions2.badInput(sweep("--medium", "film", "--set", FilmSweepTest.SET, "--field", "20mT", "--separation",
                "50nm", "--times", "1us"), "nv", "stray field");
        Assertions2.badInput(film("--qubits", "Delta1=2GHz,Delta2=2GHz"), "qubits", "--nv");
        // on the built-in example (NV centres) too
        Assertions2.badInput(sweep("--qubits", "Delta1=2GHz,Delta2=2GHz"), "qubits", "--nv");
        List<String> three = new ArrayList<>(FilmSweepTest.base());
        three.addAll(List.of("--nv", FilmSweepTest.NV, "--nv", FilmSweepTest.NV));
        Assertions2.badInput(sweep(three.toArray(String[]::new)), "nv", "3 times");
        Assertions2.badInput(sweep("--medium", "film", "--set", FilmSweepTest.SET, "--nv", FilmSweepTest.NV,
                "--separation", "50nm", "--times", "1us"), "field", "required");
        Assertions2.badInput(film("--set", FilmSweepTest.SET + ",field=10mT"), "field", "--field");
        Assertions2.badInput(film("--nv", "polar=54.7deg,height=100"), "height", "no unit");
        Assertions2.badInput(sweep("--medium", "ferromagnet", "--nv", FilmSweepTest.NV, "--field", "20mT",
                "--separation", "50nm", "--times", "1us"), "nv", "stray field", "ferromagnet");
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written for bad input");
    }

    @Test
    void badDirectionsAreRefused() {
        Assertions2.badInput(film("--direction", "z"), "direction", "'z'", "x, y or an angle");
        Assertions2.badInput(film("--direction", "x,,y"), "direction", "empty");
        Assertions2.badInput(film("--direction", "x,0deg"), "direction", "twice");
        Assertions2.badInput(film("--direction", "x,1e400deg"), "direction");
        // a contact-coupled medium has separations along x only
        Assertions2.badInput(ferromagnet("--direction", "y"), "direction", "--nv");
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written for bad input");
    }

    @Test
    void axesThatDoNotApplyAreRefusedNamingWhy() {
        Assertions2.badInput(film("--axis2", "gap=1GHz"), "axis2", "gap", "--axis2 field");
        Assertions2.badInput(sweep("--axis2", "gap=1GHz"), "axis2", "gap");
        Assertions2.badInput(ferromagnet("--axis2", "height=10,20"), "axis2", "height", "--nv");
        Assertions2.badInput(film("--axis2", "height=0nm,50nm"), "height");
        Assertions2.badInput(film("--axis2", "damping=0.1,2"), "damping");
        Assertions2.badInput(film("--axis2", "field=-5mT,5mT"), "field", "negative");
        Assertions2.badInput(sweep("--medium", "chiral-ferromagnet", "--set", "dim=1,gap=0.2,stiffness=1,dmi=0.1,"
                + "spinDensity=1", "--qubits", "Delta1=1,Delta2=1", "--separation", "1,2", "--times", "1", "--axis2",
                "damping=-0.1,0.2"), "damping", "-0.1");
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written for bad input");
    }

    @Test
    void nvOptionsAreRefusedForContactQubitsAndUnitsAreRequired() {
        Assertions2.badInput(ferromagnet("--nuclear-average"), "nuclear-average", "--nv");
        Assertions2.badInput(ferromagnet("--detuning", "0.1"), "detuning", "--qubits");
        Assertions2.badInput(ferromagnet("--field", "20mT"), "field", "gap");
        Assertions2.badInput(ferromagnet("--no-direct-dipolar"), "no-direct-dipolar");
        Assertions2.badInput(film("--detuning", "5"), "detuning=5", "bare");
        Assertions2.badInput(film("--separation", "0nm,50nm"), "separation", "direct dipole-dipole");
        Assertions2.badInput(film("--temperature", "4"), "temperature=4", "bare");
        // refused in the words typed, not in rad/s
        Assertions2.badInput(film("--temperature", "-1K"), "temperature = '-1K' is negative", "at least 0");
        Assertions2.badInput(ferromagnet("--temperature", "-2mK"), "temperature = '-2mK' is negative");
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written for bad input");
    }

    @Test
    void evolveAboveAFilmTakesOneInPlaneVector() {
        List<String> base = List.of("evolve", "--medium", "film", "--set", FilmSweepTest.SET, "--field", "20mT",
                "--field-polar", "54.7deg", "--nv", FilmSweepTest.NV, "--temperature", "4K", "--separation",
                "0nm,50nm", "--initial", "ud", "--t-max", "100us", "--steps", "4");
        Assertions2.badInput(Cli.run(Cli.merge(base, "--separation", "50nm,0nm,0nm")), "separation", "x,y, not x,y,z");
        Assertions2.badInput(Cli.run(Cli.merge(base, "--qubits", "Delta1=2GHz,Delta2=2GHz")), "qubits", "--nv");
        Assertions2.badInput(Cli.run(Cli.merge(base, "--t-max", "100")), "t-max=100", "bare");
        Assertions2.badInput(Cli.run(Cli.merge(base, "--separation", "0nm")), "separation", "direct dipole-dipole");
        Assertions2.badInput(Cli.run(Cli.merge(base, "--rates", "a=1")), "rates", "exactly one");
    }
}
