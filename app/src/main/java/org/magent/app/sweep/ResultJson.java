package org.magent.app.sweep;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.magent.app.output.Json;
import org.magent.app.output.TempFiles;

/**
 * sweep.json, written while the points run: the head fields (scenario, resolved, columns), then "points" (one
 * compact object per line, each rendered on the worker that computed it), then the tail fields (warnings);
 * pretty-printed around the points. It grows in a temporary file beside the target, which replaces the target
 * only in {@link #finish}: an interrupted or failed sweep leaves no partial sweep.json. The file is written as UTF-8
 * bytes; a point comes already encoded ({@link #encoded}), so this thread only copies it.
 */
final class ResultJson implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream writer;
    private final JsonGenerator g;
    private boolean finished;

    private ResultJson(Path target, Path temp, OutputStream writer, JsonGenerator g) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
        this.g = g;
    }

    /**
     * Starts the file: writes the head's fields and opens the points array.
     *
     * @param target the file (sweep.json)
     * @param head the fields before the points
     * @return the writer
     * @throws UncheckedIOException if the file cannot be written
     */
    static ResultJson start(Path target, ObjectNode head) {
        Path temp = null;
        OutputStream w = null;
        try {
            temp = TempFiles.create(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            w = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            JsonGenerator g = Json.MAPPER.getFactory().createGenerator(w, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // one array element per line: a point per line, the columns and warnings likewise
            g.setPrettyPrinter(new DefaultPrettyPrinter().withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            fields(g, head);
            g.writeFieldName("points");
            g.writeStartArray();
            return new ResultJson(target, temp, w, g);
        } catch (IOException e) {
            discard(temp, w);
            throw new UncheckedIOException("cannot write " + target + ": " + TempFiles.reason(e), e);
        }
    }

    /**
     * A point's object, encoded in UTF-8 now (on the calling thread, e.g. a worker) for {@link #point}.
     *
     * @param json the point's object, compact (e.g. {@link SweepTable#jsonRow})
     * @return the object with its bytes
     */
    static SerializableString encoded(String json) {
        SerializedString s = new SerializedString(json);
        s.asUnquotedUTF8();
        return s;
    }

    /**
     * Appends one point.
     *
     * @param json the point's object, compact (e.g. {@link SweepTable#jsonRow}), from {@link #encoded}
     */
    void point(SerializableString json) {
        try {
            g.writeRawValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + TempFiles.reason(e), e);
        }
    }

    /**
     * Closes the points array, writes the tail's fields and moves the file into place.
     *
     * @param tail the fields after the points
     * @return the target
     */
    Path finish(ObjectNode tail) {
        try {
            g.writeEndArray();
            fields(g, tail);
            g.writeEndObject();
            g.close();
            writer.write('\n');
            writer.close();
            TempFiles.moveInto(temp, target);
            finished = true;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + TempFiles.reason(e), e);
        }
    }

    /** Discards the temporary file unless {@link #finish} moved it into place. */
    @Override
    public void close() {
        if (!finished) {
            discard(temp, writer);
        }
    }

    private static void fields(JsonGenerator g, ObjectNode n) throws IOException {
        for (Map.Entry<String, JsonNode> f : n.properties()) {
            g.writeFieldName(f.getKey());
            g.writeTree(f.getValue());
        }
    }

    private static void discard(Path temp, OutputStream w) {
        try {
            if (w != null) {
                w.close();
            }
        } catch (IOException e) {
            // the file is deleted below; nothing else to report
        }
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // TempFiles deletes it at exit
        }
    }
}
