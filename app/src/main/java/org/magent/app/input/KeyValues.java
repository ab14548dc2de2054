package org.magent.app.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magent.validation.InvalidInputException;

/**
 * Parses option values of the form {@code name=value,name=value,...} into an ordered map.
 *
 * <p>Items are separated by commas. A value that itself contains commas (e.g. a formula) is quoted with double
 * or single quotes, {@code omega="f(kx, ky)",dim=2}; the quotes are removed. A whole item may be quoted too,
 * {@code "omega=a+b",dim=2} (as left by a config file). Complex numbers {@code x+yi} need no quotes. Empty items,
 * items without {@code =}, unterminated quotes, repeated names and names outside the allowed set are refused
 * with an {@link InvalidInputException} that names the option and lists the valid names.
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
     * @throws InvalidInputException on malformed items, unterminated quotes, repeated or unknown names
     */
    public static Map<String, String> parse(String option, String text, Collection<String> allowed) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String item : split(option, text)) {
            String trimmed = unquote(item.strip());
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(option, option + ": '" + trimmed
                        + "' is not of the form name=value (in '" + text + "')");
            }
            String name = trimmed.substring(0, eq).strip();
            String value = unquote(trimmed.substring(eq + 1).strip());
            if (allowed != null && !allowed.isEmpty() && !allowed.contains(name)) {
                throw new InvalidInputException(name, option + ": unknown name '" + name + "'"
                        + Suggestions.hint(name, allowed) + "; valid names are " + String.join(", ", allowed));
            }
            if (out.putIfAbsent(name, value) != null) {
                throw new InvalidInputException(name, option + ": '" + name + "' is given twice");
            }
        }
        return out;
    }

    /** Splits at the commas outside quotes; the quotes stay in the items. */
    private static List<String> split(String option, String text) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && c == ',') {
                items.add(item.toString());
                item.setLength(0);
                continue;
            }
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            item.append(c);
        }
        if (quote != 0) {
            throw new InvalidInputException(option, option + ": unterminated quote " + quote + " in '" + text + "'");
        }
        items.add(item.toString());
        return items;
    }

    /** Removes one pair of matching quotes around the whole text. */
    private static String unquote(String text) {
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }
}
