package de.debitum.connector.csv.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text file {@code <file>.reason.txt} beside a moved file: the rows that were not imported, or
 * why the whole file was not read, in German and then in English.
 */
final class ReasonFile {

    static final String SUFFIX = ".reason.txt";

    private ReasonFile() {
    }

    /** One line of the reason file, in both languages. */
    record Line(String german, String english) {
    }

    /** Writes the reason for a file in {@code .done} whose other rows were stored. */
    static Path writeRejectedRows(Path movedFile, int storedRows, List<Line> rejected) throws IOException {
        String name = movedFile.getFileName().toString();
        StringBuilder text = new StringBuilder();
        text.append("Die Datei ").append(name).append(" wurde importiert, aber ").append(rejected.size())
                .append(" Zeilen wurden abgelehnt; ").append(storedRows).append(" Zeilen sind gespeichert.\n");
        rejected.forEach(line -> text.append("- ").append(line.german()).append('\n'));
        text.append("Was ist zu tun: die abgelehnten Zeilen berichtigen und die Datei erneut einlegen; bereits"
                + " gespeicherte Zeilen werden dabei nicht doppelt gezählt.\n\n");
        text.append("The file ").append(name).append(" was imported, but ").append(rejected.size())
                .append(" rows were rejected; ").append(storedRows).append(" rows are stored.\n");
        rejected.forEach(line -> text.append("- ").append(line.english()).append('\n'));
        text.append("What to do: correct the rejected rows and drop the file again; rows already stored are not"
                + " counted twice.\n");
        return write(movedFile, text.toString());
    }

    /** Writes the reason for a file in {@code .error} of which nothing was stored. */
    static Path writeUnreadable(Path movedFile, Line reason) throws IOException {
        String name = movedFile.getFileName().toString();
        String text = "Die Datei " + name + " wurde nicht importiert.\n- " + reason.german() + "\n\n"
                + "The file " + name + " was not imported.\n- " + reason.english() + "\n";
        return write(movedFile, text);
    }

    private static Path write(Path movedFile, String text) throws IOException {
        Files.createDirectories(movedFile.getParent());
        Path reasonFile = movedFile.resolveSibling(movedFile.getFileName() + SUFFIX);
        Files.writeString(reasonFile, text, StandardCharsets.UTF_8);
        return reasonFile;
    }
}
