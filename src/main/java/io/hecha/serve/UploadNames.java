package io.hecha.serve;

import io.hecha.output.ReviewDecisions;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;

/**
 * The name an uploaded file is stored under: whatever name the browser sent, only its last path
 * segment survives, with every character that is not a letter, digit, space or one of {@code . _ -
 * ( ) （ ）} replaced, no leading dot (hidden files are not inputs) and at most
 * {@value #MAX_LENGTH} characters, the extension kept. The result always names a file directly in
 * the uploads folder: {@link #inside} checks that once more on the resolved path.
 */
final class UploadNames {
    static final int MAX_LENGTH = 120;
    /** Names whose JSON would take the name of one of the batch's own files. */
    private static final Set<String> RESERVED = Set.of(ReviewDecisions.FILE_NAME);

    private UploadNames() {
    }

    /** A safe file name for what the browser sent (never empty, never a path). */
    static String safe(String sent) {
        String s = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(cut + 1);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-' || cp == ' '
                    || cp == '(' || cp == ')' || cp == '（' || cp == '）';
            b.appendCodePoint(ok ? cp : '_');
        });
        String name = b.toString().strip();
        while (name.startsWith(".")) name = name.substring(1);
        name = name.replaceAll("\\.{2,}", ".");
        if (name.isEmpty() || name.equals(".")) name = "upload";
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        if (RESERVED.contains(name + ".json")) name = name + "_";
        return name;
    }

    /** The stored file's path: directly in {@code dir}, or an error (defence in depth). */
    static Path inside(Path dir, String safeName) throws HttpError {
        Path base = dir.toAbsolutePath().normalize();
        Path p = base.resolve(safeName).normalize();
        if (!base.equals(p.getParent())) throw HttpError.badRequest("bad file name");
        return p;
    }
}
