package io.hecha.output;

/**
 * File names as hecha shows and writes them. A name may hold control characters (a newline, an
 * escape sequence that would move a terminal's cursor, a right-to-left override): they are escaped
 * in what is printed ({@code \x1B}, {@code \\u202E}) and in the names of output files ({@code %1B}),
 * so a hostile name cannot forge a progress line or a summary row.
 */
public final class FileNames {
    private FileNames() {
    }

    /** The name with every control character written as {@code \xNN} (or {@code \\uNNNN}). */
    public static String printable(String name) {
        return escape(name, "\\x%02X", "\\u%04X");
    }

    /** The name with every control character written as {@code %NN} (or {@code %uNNNN}), for a file name. */
    public static String safeFileName(String name) {
        return escape(name, "%%%02X", "%%u%04X");
    }

    private static String escape(String name, String byteFormat, String charFormat) {
        if (clean(name)) return name;
        StringBuilder b = new StringBuilder(name.length() + 8);
        name.codePoints().forEach(c -> {
            if (!isControl(c)) b.appendCodePoint(c);
            else b.append(String.format(c <= 0xFF ? byteFormat : charFormat, c));
        });
        return b.toString();
    }

    private static boolean clean(String name) {
        for (int i = 0; i < name.length(); i++) if (isControl(name.charAt(i))) return false;
        return true;
    }

    /** C0 and C1 controls, DEL, line/paragraph separators and the bidirectional formatting characters. */
    static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
