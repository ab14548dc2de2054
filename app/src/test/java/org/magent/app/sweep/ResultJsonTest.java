package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.output.Json;

/** sweep.json streamed while the points run: whole or absent, never partial. */
class ResultJsonTest {

    private static ObjectNode head() {
        ObjectNode head = Json.object();
        head.putObject("scenario").put("medium", "ferromagnet");
        head.putArray("columns").add("r").add("C");
        return head;
    }

    @Test
    void finishedFileHoldsHeadPointsAndTailInOrderOnePointPerLine(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("sweep.json");
        ObjectNode tail = Json.object();
        tail.putArray("warnings").add("w");
        try (ResultJson json = ResultJson.start(target, head())) {
            json.point(ResultJson.encoded("{\"r\":1.0,\"C\":0.5}"));
            json.point(ResultJson.encoded("{\"r\":2.0,\"C\":null}"));
            assertFalse(Files.exists(target), "sweep.json appears only when finished");
            assertEquals(target, json.finish(tail));
        }
        String text = Files.readString(target);
        JsonNode n = Json.MAPPER.readTree(text);
        assertEquals(List.of("scenario", "columns", "points", "warnings"), fieldNames(n));
        assertEquals(2, n.get("points").size());
        assertEquals(2.0, n.get("points").get(1).get("r").asDouble(), 0.0);
        assertTrue(n.get("points").get(1).get("C").isNull());
        assertTrue(text.contains("\n    {\"r\":1.0,\"C\":0.5},\n    {\"r\":2.0,\"C\":null}\n"), text);
        assertTrue(text.endsWith("}\n"));
        assertEquals(List.of(target), listing(tmp), "no temporary file is left");
    }

    @Test
    void textThatIsNotAsciiIsWrittenAsUtf8InTheHeadAndThePoints(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("sweep.json");
        ObjectNode head = Json.object();
        head.putObject("scenario").put("medium", "Fe₃O₄ µ-film");
        try (ResultJson json = ResultJson.start(target, head)) {
            json.point(ResultJson.encoded("{\"regime\":\"Γ ≥ 2a\"}"));
            json.finish(Json.object());
        }
        JsonNode n = Json.MAPPER.readTree(Files.readString(target, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("Fe₃O₄ µ-film", n.get("scenario").get("medium").asText());
        assertEquals("Γ ≥ 2a", n.get("points").get(0).get("regime").asText());
    }

    @Test
    void anUnfinishedFileLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("sweep.json");
        try (ResultJson json = ResultJson.start(target, head())) {
            json.point(ResultJson.encoded("{\"r\":1.0,\"C\":0.5}"));
            // a failing point: the sweep ends here without finish
        }
        assertEquals(List.of(), listing(tmp));
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
