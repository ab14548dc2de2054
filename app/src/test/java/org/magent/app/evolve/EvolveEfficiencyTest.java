package org.magent.app.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/** {@code evolve --postselect --efficiency η}: the state heralded by no detection at a finite efficiency. */
class EvolveEfficiencyTest {

    private static Cli.Result evolve(String... extra) {
        return EvolveCommandTest.evolve(extra);
    }

    @Test
    void efficiencyOneIsTodaysPostselectionAndZeroIsUnmonitored() {
        Cli.Result ideal = evolve("--postselect", "--format", "csv");
        Cli.Result one = evolve("--postselect", "--efficiency", "1", "--format", "csv");
        assertEquals(0, one.code(), one::toString);
        assertEquals(ideal.out(), one.out());
        Cli.Result zero = evolve("--postselect", "--efficiency", "0", "--format", "csv");
        Cli.Result unmonitored = evolve("--format", "csv");
        List<double[]> z = EvolveCommandTest.csvRows(zero.out(), 6);
        List<double[]> u = EvolveCommandTest.csvRows(unmonitored.out(), 5);
        for (int k = 0; k < z.size(); k++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(u.get(k)[c], z.get(k)[c], 0.0, "row " + k + " column " + c);
            }
            assertEquals(1.0, z.get(k)[5], 0.0);
        }
    }

    @Test
    void probabilityOfNoDetectionLiesBetweenTheIdealDetectorAndNone() {
        List<double[]> ideal = EvolveCommandTest.csvRows(evolve("--postselect", "--format", "csv").out(), 6);
        List<double[]> half = EvolveCommandTest.csvRows(
                evolve("--postselect", "--efficiency", "0.5", "--format", "csv").out(), 6);
        for (int k = 1; k < ideal.size(); k++) {
            assertTrue(half.get(k)[5] > ideal.get(k)[5] && half.get(k)[5] < 1, "row " + k);
        }
    }

    @Test
    void efficiencyNeedsPostselectAndAValueInTheUnitInterval() {
        Assertions2.badInput(evolve("--efficiency", "0.5"), "efficiency", "--postselect");
        Assertions2.badInput(evolve("--postselect", "--efficiency", "1.01"), "efficiency", "1.01", "dimensionless");
        Assertions2.badInput(evolve("--postselect", "--efficiency", "nan"), "efficiency", "nan");
        Assertions2.badInput(evolve("--postselect", "--efficiency", "-1e-3"), "efficiency", "-0.001");
    }
}
