package io.hecha.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The domain words the segmenter keeps whole ({@code 预算执行率}, {@code 三公经费}…): one word a line,
 * {@code #} starts a comment. {@link #standard()} reads the file a user edits,
 * {@code mappings/search-words.txt} (see {@link #FILE}). Immutable.
 */
public final class WordList {
    /** The file name, under {@code $HECHA_HOME/mappings}, {@code ./mappings} or {@code mappings/} on the class path. */
    public static final String FILE = "search-words.txt";
    private static final String RESOURCE = "/mappings/" + FILE;

    private final List<String> words;
    private final String origin;
    private final String fingerprint;

    private WordList(List<String> words, String origin) {
        this.words = List.copyOf(words);
        this.origin = origin;
        this.fingerprint = sha256(String.join("\n", this.words)).substring(0, 16);
    }

    /** No domain words (HanLP's own dictionaries only). */
    public static WordList empty() {
        return new WordList(List.of(), "none");
    }

    /** The given words (tests, tools). */
    public static WordList of(List<String> words) {
        return new WordList(clean(words), "given");
    }

    /**
     * The run-time word list: {@code $HECHA_HOME/mappings/search-words.txt} (property {@code hecha.home}
     * wins over the variable), else {@code ./mappings/search-words.txt}, else the copy packaged in the jar,
     * else none.
     */
    public static WordList standard() {
        for (String base : new String[]{System.getProperty("hecha.home"), System.getenv("HECHA_HOME")}) {
            if (base != null && !base.isBlank()) {
                Path p = Path.of(base, "mappings", FILE);
                if (Files.isRegularFile(p)) return read(p);
            }
        }
        Path local = Path.of("mappings", FILE);
        if (Files.isRegularFile(local)) return read(local);
        try (InputStream in = WordList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return empty();
            return read(in, "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The words of a file. */
    public static WordList read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toAbsolutePath().normalize().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + file + ": " + e.getMessage(), e);
        }
    }

    /** The words of a stream (UTF-8). */
    public static WordList read(InputStream in, String origin) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) lines.add(line);
        }
        return new WordList(clean(lines), origin);
    }

    private static List<String> clean(List<String> lines) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines) {
            int hash = line.indexOf('#');
            String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (w.isEmpty()) continue;
            int space = w.indexOf(' ');
            if (space > 0) w = w.substring(0, space);
            out.add(Folding.fold(w));
        }
        return new ArrayList<>(out);
    }

    /** The words, folded as the tokenizer folds text, in file order, without duplicates. */
    public List<String> words() {
        return words;
    }

    /** Where the words were read from. */
    public String origin() {
        return origin;
    }

    /** A short hash of the words: an index records it, so a changed list is noticed. */
    public String fingerprint() {
        return fingerprint;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
