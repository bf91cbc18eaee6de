package io.hecha.cli;

import io.hecha.extract.mapping.MappingException;
import io.hecha.pipeline.Pipeline;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/** The options every command that runs the pipeline shares: the password options and {@code --mapping}. */
public final class ReportOptions {
    @Mixin
    PasswordOptions passwords = new PasswordOptions();

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Use this mapping file instead of detecting the report type.")
    Path mapping;

    /**
     * The pipeline these options ask for (a forced mapping, or detection); a bad mapping file is a
     * usage error (exit 2) naming the file, line and key.
     */
    Pipeline pipeline(CommandSpec spec) {
        try {
            return new Pipeline(mapping);
        } catch (MappingException e) {
            throw new ParameterException(spec.commandLine(), "bad mapping: " + e.getMessage());
        }
    }

    /** The password, or null (see {@link PasswordOptions}). */
    String password(CommandSpec spec) {
        return passwords.password(spec);
    }

    /** Reads an input from disk with the password, if one was given. */
    InputFile open(CommandSpec spec, Path file) throws BadInputException {
        return Inputs.open(file, password(spec));
    }
}
