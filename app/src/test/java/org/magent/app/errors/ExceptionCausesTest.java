package org.magent.app.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.input.InitialState;
import org.magent.app.sweep.QuantityReader;
import org.magent.app.sweep.ScenarioFiles;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/** Bad input is reported in one line, but the failure behind it stays attached as the cause (for --debug). */
class ExceptionCausesTest {

    @TempDir
    Path dir;

    @Test
    void theCauseConstructorKeepsParameterMessageAndCause() {
        IllegalStateException cause = new IllegalStateException("inner");
        InvalidInputException e = new InvalidInputException("gap", "gap = x (natural units, energy) is bad", cause);
        assertEquals("gap", e.parameter());
        assertEquals("gap = x (natural units, energy) is bad", e.getMessage());
        assertSame(cause, e.getCause());
    }

    @Test
    void aBrokenConfigKeepsTheParserError() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"medium\": [1, 2");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioFiles.read(broken));
        assertEquals("config", e.parameter());
        assertInstanceOf(JsonProcessingException.class, e.getCause());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> ScenarioFiles.read(dir.resolve("absent.yaml")));
        assertInstanceOf(NoSuchFileException.class, missing.getCause());
    }

    @Test
    void anUnknownUnitKeepsTheUnitParserError() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Quantities.parse("gap", "3 furlongs", QuantityKind.ENERGY));
        assertEquals("gap", e.parameter());
        assertEquals("UnitException", e.getCause().getClass().getSimpleName(), "the unit algebra's refusal");
        assertNotNull(e.getCause().getCause(), "and below it the unit library's parse error");
    }

    @Test
    void aBadInitialStateKeepsTheStateError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InitialState.parse("0,0,0,0"));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

}
