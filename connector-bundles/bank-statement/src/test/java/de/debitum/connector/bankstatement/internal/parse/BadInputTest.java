package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadInputTest {

    @Test
    void unknownNamespaceRejectedNamingIt() {
        ParseResult result = Statements.read("camt-unknown-namespace.xml");

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.rejections().get(0).value()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
        assertThat(result.rejections().get(0).message().german()).contains("Namespace", "camt.053.001.08");
    }

    @Test
    void brokenXmlRejectedWithLine() {
        ParseResult result = Statements.read("camt-broken.xml");

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.rejections().get(0).location()).startsWith("Zeile ");
        assertThat(result.rejections().get(0).message().german()).contains("kein gültiges XML");
        assertThat(result.rejections().get(0).message().english()).contains("not well-formed XML");
    }

    @Test
    void externalEntityNeverResolved() {
        ParseResult result = Statements.read("camt-external-entity.xml");

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.rejections().get(0).message().german()).contains("DOCTYPE");
    }

    @Test
    void entityExpansionRejected() {
        ParseResult result = Statements.read("camt-entity-expansion.xml");

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.rejections().get(0).message().german()).contains("DOCTYPE");
    }

    @Test
    void deepNestingRejected() {
        ParseResult result = Statements.read("camt-deep-nesting.xml");

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.rejections().get(0).message().german()).contains("maxElementDepth");
    }

    @Test
    void badCamtAmountsRejectOnlyTheirStatements() {
        ParseResult result = Statements.read("camt-bad-amounts.xml");

        assertThat(result.statements()).extracting(Statement::id).containsExactly("GOOD");
        assertThat(result.rejections()).extracting(Rejection::statementId).containsExactly("COMMA", "DECIMALS");
        assertThat(result.rejections()).extracting(Rejection::location).containsExactly("Buchung 1", "Buchung 1");
        assertThat(result.rejections()).extracting(Rejection::value).containsExactly("12,50", "8.855");
        assertThat(result.rejections().get(0).message().german())
                .isEqualTo("Kontoauszug COMMA, Buchung 1: Ungültiger Betrag. Gefunden: '12,50'. Erwartet: eine Zahl wie 1234.56.");
        assertThat(result.rejections().get(1).message().german()).contains("Nachkommastellen", "EUR");
    }

    @Test
    void impossibleDateRejectsStatementKeepsNext() {
        ParseResult result = Statements.read("mt940-february-30.sta");

        assertThat(result.statements()).extracting(Statement::id).containsExactly("GOOD-DATE");
        Rejection rejection = result.rejections().get(0);
        assertThat(rejection.statementId()).isEqualTo("BAD-DATE");
        assertThat(rejection.location()).isEqualTo("Zeile 5");
        assertThat(rejection.value()).isEqualTo("240230");
        assertThat(rejection.expected()).contains("JJMMTT");
        assertThat(rejection.message().german()).contains("30. 2. 2024");
    }

    @Test
    void malformedTagsRejectStatementsKeepGoodOne() {
        ParseResult result = Statements.read("mt940-malformed-tags.sta");

        assertThat(result.statements()).extracting(Statement::id).containsExactly("GOOD-TAGS");
        assertThat(result.rejections()).extracting(Rejection::statementId).containsExactly("BAD-MARK", "BAD-ORDER");
        assertThat(result.rejections()).extracting(Rejection::location).containsExactly("Zeile 5", "Zeile 13");
        assertThat(result.rejections().get(0).value()).isEqualTo(":61:2403010301X10,00NTRFNONREF");
        assertThat(result.rejections().get(0).expected()).contains("C/D/RC/RD");
        assertThat(result.rejections().get(1).message().german()).contains(":61:", "unerwarteter Stelle");
    }

    @Test
    void binaryCharacterRejectedWithLine() {
        ParseResult result = Statements.read("mt940-binary.sta");

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.rejections().get(0).location()).isEqualTo("Zeile 6");
        assertThat(result.rejections().get(0).message().german()).contains("U+0000");
    }

    @Test
    void byteUndefinedInWindows1252Rejected() {
        ParseResult result = Statements.read("mt940-undefined-byte.sta");

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.rejections().get(0).message().german()).contains("weder UTF-8 noch Windows-1252");
    }

    @Test
    void oversizedFileRejected() {
        byte[] content = Statements.bytes("mt940-windows1252.sta");
        ParseResult result = new StatementReader(content.length - 1).parse("big.sta", content);

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.rejections().get(0).message().german()).contains("zu groß", String.valueOf(content.length));
        assertThat(result.rejections().get(0).expected()).contains(String.valueOf(content.length - 1));
        assertThat(new StatementReader(content.length).parse("fits.sta", content).rejections()).isEmpty();
    }

    @Test
    void emptyFileRejected() {
        ParseResult result = StatementReader.read("empty.sta", new byte[0]);

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.rejections().get(0).message().german()).contains("leer");
    }

    @Test
    void textWithoutStatementRejected() {
        ParseResult result = Statements.read("not-a-statement.txt");

        assertThat(result.fileRejected()).isTrue();
        assertThat(result.format()).isNull();
        assertThat(result.rejections().get(0).message().german()).contains("keinen MT940-Kontoauszug");
    }

    @Test
    void rejectionsCarryEnglishVariant() {
        ParseResult result = Statements.read("mt940-february-30.sta");

        assertThat(result.rejections().get(0).message().english())
                .startsWith("Statement BAD-DATE, line 5: Invalid date: 2024-02-30 does not exist.");
    }
}
