package io.hecha.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the password for encrypted inputs comes from: {@code --password PW}, {@code --password-file
 * FILE} (its first line; not visible in the process list or the shell history), or the
 * environment variable {@code HECHA_PASSWORD}, in this order. Giving both options is a usage error.
 */
public final class PasswordOptions {
    /** The environment variable read when neither option is given. */
    public static final String ENV = "HECHA_PASSWORD";

    @Option(names = "--password", paramLabel = "PW",
            description = "Password for encrypted inputs (visible to other users in the process list: "
                    + "prefer --password-file or the environment variable " + ENV + ").")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE.")
    Path passwordFile;

    /** Environment, replaceable by tests. */
    Map<String, String> environment = System.getenv();

    private boolean resolved;
    private String value;

    /** The password, or null when none was given; a bad {@code --password-file} is a usage error. */
    String password(CommandSpec spec) {
        if (resolved) return value;
        if (password != null && passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "give --password or --password-file, not both");
        }
        if (password != null) {
            value = password;
        } else if (passwordFile != null) {
            value = readFirstLine(spec, passwordFile);
        } else {
            String env = environment.get(ENV);
            value = env == null || env.isEmpty() ? null : env;
        }
        resolved = true;
        return value;
    }

    private static String readFirstLine(CommandSpec spec, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "--password-file " + file + ": no such file");
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "--password-file " + file + ": cannot read it ("
                    + e.getClass().getSimpleName() + ")");
        }
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        if (line.isEmpty()) throw new ParameterException(spec.commandLine(), "--password-file " + file + " is empty");
        return line;
    }
}
