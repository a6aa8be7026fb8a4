package de.debitum.connector.bankstatement.internal.parse;

import java.util.List;

/**
 * The outcome of reading one file with {@link StatementReader}: the statements that could be read
 * and a rejection for each statement, or for the whole file, that could not.
 *
 * @param format    the detected format, or {@code null} when the file was not recognised
 * @param encoding  the character encoding used for MT940 ("UTF-8" or "windows-1252"), the XML
 *                  declaration's for camt; {@code null} when the file was rejected before decoding
 */
public record ParseResult(
        String fileName,
        StatementFormat format,
        String encoding,
        List<Statement> statements,
        List<Rejection> rejections) {

    public ParseResult {
        statements = List.copyOf(statements);
        rejections = List.copyOf(rejections);
    }

    static ParseResult rejected(String fileName, StatementFormat format, Rejection rejection) {
        return new ParseResult(fileName, format, null, List.of(), List.of(rejection));
    }

    public boolean fileRejected() {
        return statements.isEmpty() && !rejections.isEmpty();
    }

    /** Returns all payments of all statements in file order. */
    public List<Payment> payments() {
        return statements.stream().flatMap(statement -> statement.payments().stream()).toList();
    }
}
