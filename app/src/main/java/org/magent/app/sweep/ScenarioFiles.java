package org.magent.app.sweep;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.magent.app.input.Suggestions;
import org.magent.app.media.QubitSpec;
import org.magent.validation.InvalidInputException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Scenario files ({@code --config}, {@code scenario.json}): a {@link ScenarioSpec} as JSON, read back from JSON
 * or YAML. Keys are the scenario options ({@link ScenarioSpec#KEYS}); values are the texts the user would type,
 * with their units ({@code "separation": "2nm:400nm:40"}, {@code "temperature": "50mK"}); numbers and lists are
 * accepted too ({@code separation: [5nm, 50nm]}, {@code damping: 1e-4}). A results file {@code sweep.json} holds
 * the scenario under "scenario" and is accepted as well. Every problem is one line naming the file: a syntax error
 * with its line and column, an unknown key with the nearest valid one.
 */
public final class ScenarioFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final List<String> AXIS2_KEYS = List.of("name", "values");

    private ScenarioFiles() {
    }

    /**
     * Reads a scenario file: JSON when it starts with '{', YAML otherwise.
     *
     * @param file the file
     * @return the scenario as written
     * @throws InvalidInputException if the file is missing, a directory, not text, malformed, or has an unknown
     *     key or a value of the wrong shape
     */
    public static ScenarioSpec read(Path file) {
        String where = "--config " + file;
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("config", where + " is a directory, not a scenario file");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("config", where + " does not exist", e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("config", where + " is not a text file (not UTF-8); give a JSON or YAML"
                    + " scenario such as magent-output/scenario.json", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException("config", where + " cannot be read: permission denied", e);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                    : "read error";
            throw new InvalidInputException("config", where + " cannot be read: " + reason, e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException("config", where + " is not a text file; give a JSON or YAML scenario such"
                    + " as magent-output/scenario.json");
        }
        boolean json = text.stripLeading().startsWith("{");
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("config", where + ": " + syntaxError(e, json), e);
        }
        if (root != null && root.isObject() && root.has("scenario")) {
            root = root.get("scenario");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("config", where + " does not hold a scenario object (keys "
                    + String.join(", ", ScenarioSpec.KEYS.keySet()) + ")");
        }
        return fromJson(root, where);
    }

    /** One line: "line L, column C: what is wrong". */
    private static String syntaxError(JsonProcessingException e, boolean json) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            Mark m = y.getProblemMark();
            return String.format(Locale.ROOT, "invalid YAML at line %d, column %d: %s", m.getLine() + 1,
                    m.getColumn() + 1, firstLine(y.getProblem()));
        }
        JsonLocation at = e.getLocation();
        String what = firstLine(e.getOriginalMessage());
        if (at == null) {
            return "invalid " + (json ? "JSON" : "YAML") + ": " + what;
        }
        return String.format(Locale.ROOT, "invalid %s at line %d, column %d: %s", json ? "JSON" : "YAML",
                at.getLineNr(), at.getColumnNr(), what);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        String line = s.strip().lines().findFirst().orElse("syntax error");
        // Jackson names an earlier position as "[Source: REDACTED (`StreamReadFeature…` disabled); line: L, column: C]"
        return line.replaceAll("\\[Source: [^;]*; (line: \\d+, column: \\d+)]", "[$1]").replaceAll("\\s+", " ");
    }

    /**
     * A scenario from its JSON form.
     *
     * @param n the object
     * @param where the file, for messages (e.g. "--config s.json")
     * @return the scenario
     * @throws InvalidInputException for an unknown key (with the nearest valid one) or a value of the wrong shape
     */
    public static ScenarioSpec fromJson(JsonNode n, String where) {
        List<String> keys = new ArrayList<>(ScenarioSpec.KEYS.keySet());
        if (n.has("units") && n.has("separations")) {
            throw new InvalidInputException("config", where + " is a scenario of an earlier magent (numbers in"
                    + " rad/s and metres under \"units\": \"SI\"); run the sweep again from its options to write a"
                    + " scenario.json in the units you type");
        }
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!keys.contains(k)) {
                throw new InvalidInputException(k, where + ": unknown key '" + k + "'" + Suggestions.hint(k, keys)
                        + "; valid keys are " + String.join(", ", keys));
            }
        }
        Map<String, String> qubits = map(n, "qubits", where);
        for (String k : qubits.keySet()) {
            if (!QubitSpec.NAMES.contains(k)) {
                throw new InvalidInputException(k, where + ": unknown key 'qubits." + k + "'"
                        + Suggestions.hint(k, QubitSpec.NAMES) + "; valid keys are " + String.join(", ",
                        QubitSpec.NAMES));
            }
        }
        ScenarioSpec.NvTexts nv = new ScenarioSpec.NvTexts(centres(n, where), text(n, "field", where),
                text(n, "field_polar", where), list(n, "direction", where), text(n, "detuning", where),
                text(n, "nuclear_average", where), text(n, "direct_dipolar", where));
        return new ScenarioSpec(text(n, "medium", where), map(n, "parameters", where), qubits,
                text(n, "temperature", where), list(n, "separation", where), text(n, "spacing", where),
                axis2(n, where), text(n, "initial", where), list(n, "times", where),
                text(n, "postselect_time", where), text(n, "efficiency", where), nv);
    }

    private static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new InvalidInputException(key, where + ": '" + key + "' must be a value, e.g. \""
                    + example(key) + "\"");
        }
        return v.asText();
    }

    private static String list(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v != null && v.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isValueNode() || e.isNull()) {
                    throw new InvalidInputException(key, where + ": '" + key + "' must list values, e.g. [\""
                            + example(key) + "\"]");
                }
                items.add(e.asText().strip());
            }
            return String.join(",", items);
        }
        return text(n, key, where);
    }

    /** The NV centres: a list of {@code --nv} texts (one item each), or one text. */
    private static List<String> centres(JsonNode n, String where) {
        JsonNode v = n.get("nv");
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode e : v) {
                if (!e.isValueNode() || e.isNull()) {
                    throw new InvalidInputException("nv", where + ": 'nv' must list NV centres, e.g. [\""
                            + example("nv") + "\"]");
                }
                out.add(e.asText().strip());
            }
            return out;
        }
        out.add(text(n, "nv", where));
        return out;
    }

    private static String axis2(JsonNode n, String where) {
        JsonNode v = n.get("axis2");
        if (v != null && v.isObject()) {
            Iterator<String> names = v.fieldNames();
            while (names.hasNext()) {
                String k = names.next();
                if (!AXIS2_KEYS.contains(k)) {
                    throw new InvalidInputException(k, where + ": unknown key 'axis2." + k + "'"
                            + Suggestions.hint(k, AXIS2_KEYS) + "; valid keys are name, values");
                }
            }
            String name = text(v, "name", where);
            String values = list(v, "values", where);
            if (name == null || values == null) {
                throw new InvalidInputException("axis2", where + ": 'axis2' needs a name and values, e.g."
                        + " \"temperature=0K,50mK\"");
            }
            return name + "=" + values;
        }
        return text(n, "axis2", where);
    }

    private static Map<String, String> map(JsonNode n, String key, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw new InvalidInputException(key, where + ": '" + key + "' must be an object of name: value, e.g. {"
                    + example(key) + "}");
        }
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new InvalidInputException(e.getKey(), where + ": '" + key + "." + e.getKey()
                        + "' must be a value (a number or a text such as \"20mT\")");
            }
            out.put(e.getKey(), e.getValue().asText().strip());
        }
        return out;
    }

    private static String example(String key) {
        return switch (key) {
            case "parameters" -> "\"gap\": \"20mT\", \"damping\": 1e-4";
            case "qubits" -> "\"Delta1\": \"2.87GHz\", \"Delta2\": \"2.87GHz\", \"a\": \"1e4/s\"";
            case "temperature" -> "50mK";
            case "separation" -> "2nm:400nm:40";
            case "spacing" -> "log";
            case "initial" -> "ud";
            case "times", "postselect_time" -> "100us";
            case "medium" -> "ferromagnet";
            case "efficiency" -> "0.9";
            case "nv" -> "polar=54.7356deg,azimuth=0deg,height=100nm";
            case "field" -> "20mT";
            case "field_polar", "direction" -> "54.7deg";
            case "detuning" -> "1MHz";
            case "nuclear_average", "direct_dipolar" -> "true";
            default -> "...";
        };
    }
}
