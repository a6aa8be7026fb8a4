package de.debitum.output.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;

class LetterModelTest {

    @Test
    void colourParsesHex() {
        assertThat(Colour.fromHex("#1a4f8b")).isEqualTo(new Colour(0x1A, 0x4F, 0x8B));
        assertThat(Colour.fromHex("1A4F8B").toHex()).isEqualTo("#1A4F8B");
        assertThatThrownBy(() -> Colour.fromHex("blue"))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("'blue'");
        assertThatThrownBy(() -> new Colour(0, 256, 0))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("green = 256");
    }

    @Test
    void deadlineBeforeLetterDateRejected() {
        LocalDate date = SampleLetters.LETTER_DATE;

        assertThatThrownBy(() -> new DunningLetterData(SampleLetters.letterhead(), SampleLetters.germanDebtor(), 1,
                "M-1", date, date.minusDays(1), SampleLetters.items(1)))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("2026-12-03");
    }

    @Test
    void itemCountBounds() {
        assertThatThrownBy(() -> new DunningLetterData(SampleLetters.letterhead(), SampleLetters.germanDebtor(), 1,
                "M-1", SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, List.of()))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("0 Posten");
        assertThatThrownBy(() -> new DunningLetterData(SampleLetters.letterhead(), SampleLetters.germanDebtor(), 1,
                "M-1", SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, SampleLetters.items(DunningLetterData.MAX_ITEMS + 1)))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("501");
    }

    @Test
    void mixedCurrenciesRejected() {
        OverdueItem francs = new OverdueItem("RE-CH-1", SampleLetters.LETTER_DATE.minusDays(30),
                SampleLetters.LETTER_DATE.minusDays(16), Money.of("10.00", "CHF"), Money.of("0", "CHF"), Money.of("0", "CHF"));
        List<OverdueItem> items = List.of(SampleLetters.items(1).get(0), francs);

        assertThatThrownBy(() -> new DunningLetterData(SampleLetters.letterhead(), SampleLetters.germanDebtor(), 1,
                "M-1", SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, items))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("RE-CH-1").hasMessageContaining("CHF");
        assertThatThrownBy(() -> new OverdueItem("RE-2", SampleLetters.LETTER_DATE, SampleLetters.LETTER_DATE,
                Money.euro("1"), Money.of("1", "CHF"), Money.euro("0")))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("RE-2");
    }

    @Test
    void letterheadGuards() {
        Letterhead base = SampleLetters.letterhead();

        assertThatThrownBy(() -> new Letterhead(base.companyName(), base.addressLines(), base.senderLine(),
                List.of("1", "2", "3", "4", "5", "6"), null, base.accentColour(), base.bankAccount(), null, null, null,
                List.of(), null, null))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("6 Kontaktzeilen");
        assertThatThrownBy(() -> new Letterhead(base.companyName(), base.addressLines(), base.senderLine(),
                List.of(), new byte[Letterhead.MAX_LOGO_BYTES + 1], base.accentColour(), base.bankAccount(), null, null,
                null, List.of(), null, null))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining(Integer.toString(Letterhead.MAX_LOGO_BYTES + 1));
    }

    @Test
    void bankAccountNormalisesAndChecks() {
        BankAccount account = new BankAccount("Bank", "de89 3704 0044 0532 0130 00", "cobadeff");

        assertThat(account.iban()).isEqualTo("DE89370400440532013000");
        assertThat(account.bic()).isEqualTo("COBADEFF");
        assertThat(account.printedIban()).isEqualTo("DE89 3704 0044 0532 0130 00");
        assertThatThrownBy(() -> new BankAccount("Bank", "DE89370400440532013000", "COBA"))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("'COBA'");
    }
}
