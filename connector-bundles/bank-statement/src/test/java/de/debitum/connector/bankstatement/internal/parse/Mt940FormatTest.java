package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;

class Mt940FormatTest {

    private static ParseResult read(String text) {
        return StatementReader.read("test.sta", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void swiftEnvelopeSkipped() {
        ParseResult result = read("""
                {1:F01COBADEFFAXXX0000000000}{2:I940COBADEFFXXXXN}{4:
                :20:ENVELOPE
                :25:DE89370400440532013000
                :28C:1/1
                :60F:C240102EUR0,00
                :61:2401020102C5,00NTRFNONREF//E-1
                :62F:C240102EUR5,00
                -}
                """);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.statements()).extracting(Statement::id).containsExactly("ENVELOPE");
        assertThat(result.statements().get(0).account().iban()).isEqualTo("DE89370400440532013000");
    }

    @Test
    void bookingDateCrossesYearEnd() {
        ParseResult result = read("""
                :20:YEAR
                :25:37040044/0532013000
                :28C:1/1
                :60F:C231229EUR0,00
                :61:2401021231C5,00NTRFNONREF//Y-1
                :61:2312290102D1,00NTRFNONREF//Y-2
                :62F:C240102EUR4,00
                -
                """);
        Payment early = result.payments().get(0);
        Payment late = result.payments().get(1);

        assertThat(early.valueDate()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(early.bookingDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(late.valueDate()).isEqualTo(LocalDate.of(2023, 12, 29));
        assertThat(late.bookingDate()).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void unknownTagLineRejectedWithItsLine() {
        ParseResult result = read("""
                :20:UNKNOWN
                :25:37040044/0532013000
                :99:not a field
                :28C:1/1
                :60F:C240102EUR0,00
                :62F:C240102EUR0,00
                -
                """);

        assertThat(result.statements()).isEmpty();
        Rejection rejection = result.rejections().get(0);
        assertThat(rejection.location()).isEqualTo("Zeile 3");
        assertThat(rejection.value()).isEqualTo(":99:not a field");
        assertThat(rejection.message().german()).contains(":25:");
    }

    @Test
    void statementInformationAfterClosingAccepted() {
        ParseResult result = read("""
                :20:INFO
                :25:37040044/0532013000
                :28C:1/1
                :60F:D240102EUR10,00
                :61:2401020102C10,00NTRFNONREF//I-1
                :86:166?00GUTSCHRIFT?20SVWZ+Ausgleich
                :62F:C240102EUR0,00
                :86:Kontoinformation zum Auszug
                -
                """);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.statements().get(0).balanceCheck().result()).isEqualTo(BalanceCheck.Result.BALANCED);
        assertThat(result.statements().get(0).closing().amount()).isEqualTo(Money.euro("0.00"));
        assertThat(result.payments().get(0).remittanceText()).isEqualTo("Ausgleich");
    }

    @Test
    void mt942MatchingTotalsBalanced() {
        ParseResult result = read("""
                :20:INTRADAY
                :25:37040044/0532013000
                :28C:1/1
                :34F:EURD0,00
                :13D:2401021200+0100
                :61:2401020102D2,50NTRFNONREF//M-1
                :61:2401020102D1,50NTRFNONREF//M-2
                :61:2401020102C7,00NTRFNONREF//M-3
                :90D:2EUR4,00
                :90C:1EUR7,00
                -
                """);
        Statement statement = result.statements().get(0);

        assertThat(statement.format()).isEqualTo(StatementFormat.MT942);
        assertThat(statement.balanceCheck().result()).isEqualTo(BalanceCheck.Result.BALANCED);
        assertThat(statement.payments()).hasSize(3);
    }

    @Test
    void mt942WithoutSeparatorSplitsAtNextHeader() {
        ParseResult result = read("""
                :20:FIRST
                :25:37040044/0532013000
                :28C:1/1
                :34F:EURD0,00
                :13D:2401021200+0100
                :61:2401020102C2,50NTRFNONREF//F-1
                :86:166?20SVWZ+Abholung um
                :20:44:45 Uhr
                :20:SECOND
                :25:37040044/0532013000
                :28C:2/1
                :34F:EURD0,00
                :13D:2401021300+0100
                :61:2401020102C1,00NTRFNONREF//S-1
                -
                """);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.statements()).extracting(Statement::id).containsExactly("FIRST", "SECOND");
        assertThat(result.payments().get(0).remittanceText()).isEqualTo("Abholung um:20:44:45 Uhr");
    }

    @Test
    void missingAccountRejected() {
        ParseResult result = read("""
                :20:NOACCOUNT
                :28C:1/1
                :60F:C240102EUR0,00
                :62F:C240102EUR0,00
                -
                """);

        assertThat(result.rejections().get(0).message().german()).contains(":25:", "fehlt");
    }
}
