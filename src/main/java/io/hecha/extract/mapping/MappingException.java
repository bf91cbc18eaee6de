package io.hecha.extract.mapping;

/**
 * A mapping file that cannot be used: bad YAML, an unknown or missing key, a bad pattern. The message
 * names the file, the line and column, and the key at fault.
 */
public final class MappingException extends RuntimeException {
    private final String file;
    private final int line;
    private final String key;

    public MappingException(String file, int line, int column, String key, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "")
                + (key.isEmpty() ? "" : " (key " + key + ")") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    /** The mapping file. */
    public String file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** The key path at fault ({@code report.score.patterns[1]}), "" when unknown. */
    public String key() {
        return key;
    }
}
