package io.hecha.serve;

import io.hecha.cli.HechaCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code hecha serve DIR --port 0} in a child JVM, black-box: the test knows only the address it
 * prints on its first line. Stopping it sends SIGTERM (the server's shutdown hook closes it).
 */
final class ServeProcess implements AutoCloseable {
    private final Process process;
    private final URI uri;
    private final List<String> output = new ArrayList<>();

    ServeProcess(Path outputDir, Path log, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                HechaCommand.class.getName(), "serve", outputDir.toString(), "--port", "0"));
        cmd.addAll(List.of(extra));
        process = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("hecha serve: http://")) {
            process.destroyForcibly();
            throw new IOException("hecha serve did not start: " + line + " (see " + log + ")");
        }
        output.add(line);
        uri = URI.create(line.substring("hecha serve: ".length()).split(" ")[0]);
    }

    /** The address it printed. */
    URI uri() {
        return uri;
    }

    /** The first line it printed. */
    String firstLine() {
        return output.get(0);
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
