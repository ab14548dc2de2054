package org.magent.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsTheSubcommandsAndExitsZero() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.code(), r::toString);
        for (String sub : new String[] {"evolve", "batch", "models", "params"}) {
            assertTrue(r.out().contains(sub), sub);
        }
        Cli.Result evolveHelp = Cli.run("evolve", "--help");
        assertEquals(0, evolveHelp.code());
        assertTrue(evolveHelp.out().contains("steady_state"), "the CSV/JSON layout is documented");
    }

    @Test
    void noSubcommandIsAUsageError() {
        Assertions2.badInput(Cli.run(), "subcommand");
    }

    @Test
    void explicitRatesWithMediumOptionsAreRefused() {
        Assertions2.badInput(Cli.run("evolve", "--rates", "a=1", "--temperature", "1", "--initial", "ud", "--t-max",
                "1", "--steps", "2"), "--rates", "--medium");
    }
}
