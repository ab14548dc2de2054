package org.magent.app.input;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.magent.validation.InvalidInputException;

/**
 * Parses option values of the form {@code name=value,name=value,...} into an ordered map.
 *
 * <p>Values must not contain commas (complex numbers {@code x+yi} do not). Empty items, items without
 * {@code =}, repeated names and names outside the allowed set are refused with an
 * {@link InvalidInputException} that names the option and lists the valid names.
 */
public final class KeyValues {

    private KeyValues() {
    }

    /**
     * Splits a {@code name=value} list.
     *
     * @param option the option being parsed (for messages), e.g. {@code "--rates"}
     * @param text the option value as typed
     * @param allowed the valid names, in the order to list them in messages; null or empty accepts any name
     * @return the names and value texts in input order
     * @throws InvalidInputException on malformed items, repeated or unknown names
     */
    public static Map<String, String> parse(String option, String text, Collection<String> allowed) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String item : text.split(",", -1)) {
            String trimmed = item.strip();
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(option, option + ": '" + trimmed
                        + "' is not of the form name=value (in '" + text + "')");
            }
            String name = trimmed.substring(0, eq).strip();
            String value = trimmed.substring(eq + 1).strip();
            if (allowed != null && !allowed.isEmpty() && !allowed.contains(name)) {
                throw new InvalidInputException(name, option + ": unknown name '" + name + "'; valid names are "
                        + String.join(", ", allowed));
            }
            if (out.putIfAbsent(name, value) != null) {
                throw new InvalidInputException(name, option + ": '" + name + "' is given twice");
            }
        }
        return out;
    }
}
