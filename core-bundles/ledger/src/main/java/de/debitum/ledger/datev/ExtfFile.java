package de.debitum.ledger.datev;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * One EXTF file, encoded in Windows-1252 with CRLF line ends.
 *
 * @param fileName name starting with {@code EXTF_}, as DATEV requires
 * @param content the bytes of the file; the accessor returns a copy
 * @param rowCount data rows below the header and column lines
 */
public record ExtfFile(String fileName, byte[] content, int rowCount) {

    public ExtfFile {
        Objects.requireNonNull(fileName, "fileName");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Returns the size of the file in bytes. */
    public int size() {
        return content.length;
    }

    /** Writes the bytes without copying them. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExtfFile file && fileName.equals(file.fileName) && rowCount == file.rowCount
                && java.util.Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, rowCount, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "ExtfFile[" + fileName + ", " + rowCount + " rows, " + content.length + " bytes]";
    }
}
