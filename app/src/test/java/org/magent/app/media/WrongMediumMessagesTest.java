package org.magent.app.media;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/** A medium that cannot do what was asked is named with what would work, not with a parameter the user never gave. */
class WrongMediumMessagesTest {

    private static final String NV = "polar=54.7356deg,azimuth=0deg,height=109nm";

    @Test
    void relaxometryAndBandsNeedTheFilm() {
        Cli.Result relax = Cli.run("relaxometry", "--medium", "ferromagnet", "--nv", NV, "--field", "10mT:30mT:3",
                "--temperature", "299K");
        Assertions2.badInput(relax, "--medium ferromagnet", "--medium film", "--qubits");
        assertFalse(relax.err().contains("field ="), relax::toString);
        Cli.Result bands = Cli.run("bands", "--medium", "ferromagnet", "--nv", NV, "--field", "10mT");
        Assertions2.badInput(bands, "--medium ferromagnet", "--medium film");
        assertFalse(bands.err().contains("field ="), bands::toString);
    }

    @Test
    void aFormulaParameterWithAUnitIsNamedAsSuch() {
        Cli.Result r = Cli.run("params", "--medium", "dispersion", "--set", "omega=gap+kx^2,gap=5mT", "--qubits",
                "Delta1=1,Delta2=1", "--separation", "1");
        Assertions2.badInput(r, "gap = '5mT'", "free parameter of the formula omega = gap+kx^2", "bare number");
        assertFalse(r.err().contains("is not a parameter"), r::toString);
        // a name the formula does not use is still unknown
        Assertions2.badInput(Cli.run("params", "--medium", "dispersion", "--set", "omega=gap+kx^2,gap=5,v=1mT",
                "--qubits", "Delta1=1,Delta2=1", "--separation", "1"), "v = '1mT'", "is not a parameter");
        // a medium without a formula does not mention one
        Cli.Result ferro = Cli.run("params", "--medium", "ferromagnet", "--set", "foo=1mT", "--qubits",
                "Delta1=1,Delta2=1", "--separation", "1");
        Assertions2.badInput(ferro, "foo = '1mT'", "is not a parameter");
        assertFalse(ferro.err().contains("formula"), ferro::toString);
    }
}
