package io.hecha.cli;

import io.hecha.read.BadInputException;
import io.hecha.output.FileNames;
import io.hecha.read.InputFile;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening one input named on the command line, with a reason a user understands when it fails. */
final class Inputs {
    private Inputs() {
    }

    /**
     * Reads a file with an optional password.
     *
     * @throws BadInputException "no such file", "is a folder", "permission denied" or the I/O error
     */
    static InputFile open(Path file, String password) throws BadInputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String shown = FileNames.printable(file.toString());
        if (Files.isDirectory(file)) throw new BadInputException(shown, "is a folder, not a file (batch reads folders)");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(shown, "no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(shown, "permission denied");
        } catch (IOException e) {
            throw new BadInputException(shown, "cannot read it: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        return new InputFile(name, bytes, password);
    }
}
