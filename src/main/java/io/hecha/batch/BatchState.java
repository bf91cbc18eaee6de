package io.hecha.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.output.AtomicFiles;
import io.hecha.output.Json;
import io.hecha.output.SummaryRow;
import io.hecha.output.SummaryRowJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The batch's memory across runs: {@code DIR/.hecha-batch-state.jsonl}, one JSON line per handled
 * input (its output name, content hash, the processing version, whether the result may be reused,
 * and its summary row). Lines are appended and flushed to disk as each input finishes, so a run
 * killed midway keeps what it finished; a torn last line is ignored when read. At the start and
 * end of a run the journal is rewritten atomically with one line per input.
 */
final class BatchState {
    /** The journal's file name in the output folder. */
    static final String FILE_NAME = ".hecha-batch-state.jsonl";

    private static final ObjectWriter LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /**
     * What the last run knew about one input.
     *
     * @param output   the input's JSON name (the key)
     * @param source   the input's absolute path when it was read ("" in journals written before it
     *                 was recorded), so the web page can render the original
     * @param sha256   its content hash then
     * @param version  the processing version then
     * @param reusable whether the result may stand for an unchanged input (false after a time-out
     *                 or running out of memory, which may go otherwise next time)
     * @param row      its summary row
     */
    record Entry(String output, String source, String sha256, String version, boolean reusable, SummaryRow row) {
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private FileChannel channel;

    private BatchState(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads the journal in {@code dir} (empty when there is none) and rewrites it cleanly for appending. */
    static BatchState open(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        BatchState state = new BatchState(file, read(file));
        state.compact();
        state.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return state;
    }

    /** The entries of a journal by output name, the last line of each winning; empty when there is none. Never writes. */
    static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    Entry e = parse(line);
                    if (e != null) entries.put(e.output(), e);
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable journal only costs a full rerun
            }
        }
        return entries;
    }

    /** The entries read at open and appended since, by output name (read-only view). */
    Map<String, Entry> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** A copy of the entries as they are now, safe to read from other threads. */
    synchronized Map<String, Entry> snapshot() {
        return Map.copyOf(entries);
    }

    /** Appends an entry and flushes it to disk. */
    synchronized void append(Entry e) throws IOException {
        entries.put(e.output(), e);
        byte[] line = (LINE.writeValueAsString(toJson(e)) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
    }

    /** Rewrites the journal atomically with one line per input, then closes it. */
    synchronized void close() throws IOException {
        if (channel != null) channel.close();
        channel = null;
        compact();
    }

    private void compact() throws IOException {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries.values()) b.append(LINE.writeValueAsString(toJson(e))).append('\n');
        AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode toJson(Entry e) {
        ObjectNode n = Json.object();
        n.put("output", e.output());
        n.put("source", e.source());
        n.put("sha256", e.sha256());
        n.put("version", e.version());
        n.put("reusable", e.reusable());
        n.set("row", SummaryRowJson.of(e.row()));
        return n;
    }

    private static Entry parse(String line) {
        if (line.isBlank()) return null;
        try {
            JsonNode n = Json.MAPPER.readTree(line);
            if (!n.hasNonNull("output") || !n.has("row")) return null;
            return new Entry(n.get("output").asText(), n.path("source").asText(), n.path("sha256").asText(), n.path("version").asText(),
                    n.path("reusable").asBoolean(false), SummaryRowJson.parse(n.get("row")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
