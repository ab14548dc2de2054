package org.magent.app.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magent.app.input.KeyValues;
import org.magent.validation.InvalidInputException;

/** {@code --set} lists with formulas: quoted values may hold commas; the quotes are removed. */
class KeyValuesQuotingTest {

    @Test
    void documentedExampleAsTheShellPassesIt() {
        // the shell turns "omega=gap + stiffness*(kx^2+ky^2) + v*kx",dim=2,... into one word without the quotes
        Map<String, String> m = KeyValues.parse("--set",
                "omega=gap + stiffness*(kx^2+ky^2) + v*kx,dim=2,gap=0.2,stiffness=1,v=0.3,spinDensity=0.5,damping=0.01",
                null);
        assertEquals(List.of("omega", "dim", "gap", "stiffness", "v", "spinDensity", "damping"),
                List.copyOf(m.keySet()));
        assertEquals("gap + stiffness*(kx^2+ky^2) + v*kx", m.get("omega"));
        assertEquals("0.01", m.get("damping"));
    }

    @Test
    void quotesProtectCommasAndAreRemoved() {
        Map<String, String> m = KeyValues.parse("--set", "\"omega=a + b*kx, c\",dim=2,label='x, y',z=\"1\"", null);
        assertEquals("a + b*kx, c", m.get("omega"));
        assertEquals("2", m.get("dim"));
        assertEquals("x, y", m.get("label"));
        assertEquals("1", m.get("z"));
        assertEquals(4, m.size());
        Map<String, String> inner = KeyValues.parse("--set", "omega=\"f(kx, ky)\",dim=1", null);
        assertEquals("f(kx, ky)", inner.get("omega"));
    }

    @Test
    void unterminatedQuoteIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> KeyValues.parse("--set", "omega=\"1 + kx,dim=2", null));
        assertEquals("--set", e.parameter());
    }

    @Test
    void plainListsAreUnchanged() {
        Map<String, String> m = KeyValues.parse("--qubits", "Delta1=0.5,Delta2=0.6,lambda=1", null);
        assertEquals(Map.of("Delta1", "0.5", "Delta2", "0.6", "lambda", "1"), m);
        assertThrows(InvalidInputException.class, () -> KeyValues.parse("--set", "a=1,,b=2", null));
        assertThrows(InvalidInputException.class, () -> KeyValues.parse("--set", "a=1,a=2", null));
    }
}
