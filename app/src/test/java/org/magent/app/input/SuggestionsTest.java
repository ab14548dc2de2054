package org.magent.app.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The nearest valid name to a misspelt one. */
class SuggestionsTest {

    private static final List<String> KEYS = List.of("medium", "parameters", "qubits", "temperature", "separation",
            "spacing", "axis2", "initial", "times", "postselect_time");

    @Test
    void misspellingsFindTheirName() {
        assertEquals(Optional.of("temperature"), Suggestions.nearest("temprature", KEYS));
        assertEquals(Optional.of("separation"), Suggestions.nearest("seperation", KEYS));
        assertEquals(Optional.of("times"), Suggestions.nearest("tims", KEYS));
        assertEquals(Optional.of("postselect_time"), Suggestions.nearest("postselect-time", KEYS));
        assertEquals(Optional.of("Delta2"), Suggestions.nearest("Detla2", List.of("Delta1", "Delta2", "lambda")));
    }

    @Test
    void unrelatedNamesFindNothing() {
        assertEquals(Optional.empty(), Suggestions.nearest("pressure", KEYS));
        assertEquals(Optional.empty(), Suggestions.nearest("xyz", KEYS));
        assertEquals("", Suggestions.hint("pressure", KEYS));
    }

    @Test
    void distanceCountsSwapsAsOneEdit() {
        assertEquals(1, Suggestions.distance("tiems", "times"));
        assertEquals(1, Suggestions.distance("temprature", "temperature"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
