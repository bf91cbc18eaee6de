package io.hecha.batch;

import io.hecha.extract.mapping.LoadedMapping;
import io.hecha.extract.mapping.MappingSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What of the mappings decides whether an earlier batch result still stands: each mapping's file
 * name and {@code version}, and a hash of the YAML files when they are read from disk — so a
 * reviewer who edits a mapping and forgets to bump its version still gets fresh results.
 */
public final class MappingsVersion {
    private MappingsVersion() {
    }

    /** The version text of a set of mappings. */
    public static String of(MappingSet set) {
        List<String> parts = new ArrayList<>();
        for (LoadedMapping m : set.mappings()) parts.add(m.file() + "@" + m.mapping().version());
        String hash = contentHash(Path.of(set.origin().startsWith("classpath") ? "." : set.origin()), set.origin());
        return "mappings " + String.join(",", parts) + (hash.isEmpty() ? "" : " " + hash);
    }

    private static String contentHash(Path origin, String text) {
        if (text.startsWith("classpath")) return "";
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            if (Files.isDirectory(origin)) {
                try (Stream<Path> s = Files.list(origin)) {
                    files = s.filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml")).sorted().toList();
                }
            } else {
                files = List.of(origin);
            }
            for (Path f : files) {
                md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "";
        }
    }
}
