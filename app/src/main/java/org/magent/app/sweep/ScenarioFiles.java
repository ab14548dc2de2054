package org.magent.app.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magent.app.output.Json;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/**
 * A {@link Scenario} as JSON, and back from JSON or YAML ({@code --config}). Numbers are stored in the
 * scenario's units (key "units": "SI" = rad/s, m, s; or "natural"); when reading, a string value may carry a
 * unit ({@code "50nm"}). A results file {@code sweep.json} holds the scenario under "scenario" and is accepted too.
 */
public final class ScenarioFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ScenarioFiles() {
    }

    /**
     * The scenario as a JSON object.
     *
     * @param s the scenario
     * @return the object
     */
    public static ObjectNode toJson(Scenario s) {
        ObjectNode n = Json.object();
        n.put("units", s.si() ? "SI" : "natural");
        n.put("medium", s.medium());
        ObjectNode p = n.putObject("parameters");
        s.parameters().forEach(p::put);
        ObjectNode q = n.putObject("qubits");
        q.put("Delta1", s.delta1());
        q.put("Delta2", s.delta2());
        q.put("lambda", s.lambda());
        n.put("temperature", s.temperature());
        ArrayNode r = n.putArray("separations");
        s.separations().forEach(r::add);
        n.put("spacing", s.spacing().name());
        if (s.axis2().isPresent()) {
            ObjectNode a = n.putObject("axis2");
            a.put("name", s.axis2().get().kind().label());
            ArrayNode v = a.putArray("values");
            s.axis2().get().values().forEach(v::add);
        } else {
            n.putNull("axis2");
        }
        n.put("initial", s.initial());
        ArrayNode t = n.putArray("times");
        s.times().forEach(t::add);
        n.put("postselect_time", s.postselectTime());
        return n;
    }

    /**
     * Reads a scenario file (JSON or YAML; a sweep.json with a "scenario" member is accepted).
     *
     * @param file the file
     * @param reader reads values that carry units
     * @return the scenario
     * @throws InvalidInputException if the file is missing, unreadable, malformed or incomplete
     */
    public static Scenario read(Path file, QuantityReader reader) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("config", "--config " + file + " does not exist", e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("config", "--config " + file + " is not valid JSON/YAML: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException("config", "--config " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (root != null && root.has("scenario")) {
            root = root.get("scenario");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("config", "--config " + file + " does not hold a scenario object");
        }
        return fromJson(root, reader);
    }

    /**
     * A scenario from its JSON form.
     *
     * @param n the object
     * @param reader reads values that carry units
     * @return the scenario
     * @throws InvalidInputException for a missing or malformed member
     */
    public static Scenario fromJson(JsonNode n, QuantityReader reader) {
        String units = text(n, "units", "natural");
        if (!units.equals("SI") && !units.equals("natural")) {
            throw new InvalidInputException("units", "config: units = '" + units + "' (expected SI or natural)");
        }
        boolean si = units.equals("SI");
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = n.get("parameters");
        if (p != null && p.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = p.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                params.put(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode q = required(n, "qubits");
        Optional<Axis2> axis2 = Optional.empty();
        JsonNode a = n.get("axis2");
        if (a != null && !a.isNull()) {
            Axis2Kind kind = Axis2Kind.parse(text(a, "name", ""));
            axis2 = Optional.of(new Axis2(kind, numbers(a, "values", kind.kind(), reader)));
        }
        Spacing spacing;
        try {
            spacing = Spacing.valueOf(text(n, "spacing", "linear"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("spacing", "config: spacing = '" + text(n, "spacing", "")
                    + "' (expected linear or log)", e);
        }
        return new Scenario(text(n, "medium", null), params,
                number(required(q, "Delta1"), "Delta1", QuantityKind.ENERGY, reader),
                number(required(q, "Delta2"), "Delta2", QuantityKind.ENERGY, reader),
                q.has("lambda") ? number(q.get("lambda"), "lambda", null, reader) : 1.0,
                n.has("temperature") ? number(n.get("temperature"), "temperature", QuantityKind.TEMPERATURE, reader)
                        : 0.0,
                numbers(n, "separations", QuantityKind.LENGTH, reader), spacing, axis2, text(n, "initial", "ud"),
                n.has("times") ? numbers(n, "times", QuantityKind.TIME, reader) : List.of(),
                n.has("postselect_time")
                        ? number(n.get("postselect_time"), "postselect_time", QuantityKind.TIME, reader) : 0.0,
                si);
    }

    private static JsonNode required(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new InvalidInputException(key, "config: '" + key + "' is missing");
        }
        return v;
    }

    private static String text(JsonNode n, String key, String fallback) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw new InvalidInputException(key, "config: '" + key + "' is missing");
            }
            return fallback;
        }
        return v.asText();
    }

    private static double number(JsonNode v, String name, QuantityKind kind, QuantityReader reader) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            return kind == null ? reader.read(name, v.asText(), QuantityKind.ENERGY).value()
                    : reader.read(name, v.asText(), kind).value();
        }
        throw new InvalidInputException(name, "config: '" + name + "' = " + v + " is not a number");
    }

    private static List<Double> numbers(JsonNode n, String key, QuantityKind kind, QuantityReader reader) {
        JsonNode v = required(n, key);
        if (!v.isArray()) {
            throw new InvalidInputException(key, "config: '" + key + "' must be a list of numbers");
        }
        List<Double> out = new ArrayList<>();
        for (JsonNode e : v) {
            out.add(number(e, key, kind, reader));
        }
        return out;
    }
}
