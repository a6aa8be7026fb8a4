package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.api.model.PaymentData;
import de.debitum.api.money.Money;

class PaymentFileParserTest {

    private static final String IBAN = "DE89370400440532013000";

    @Test
    void parsesEveryLine() {
        List<PaymentData> payments = PaymentFileParser.parse(PaymentFileParser.HEADER + "\r\n"
                + "R-1;2026-03-02;119.00;Muster GmbH;Rechnung 1\r\n"
                + "\r\n"
                + "R-2;2026-03-03;50.5;Beispiel AG;Rechnung 2\r\n", IBAN);

        assertEquals(2, payments.size());
        assertEquals("R-1", payments.get(0).externalId());
        assertEquals(LocalDate.of(2026, 3, 2), payments.get(0).bookingDate());
        assertEquals(Money.euro("119.00"), payments.get(0).amount());
        assertEquals(IBAN, payments.get(0).accountIban());
        assertEquals("Beispiel AG", payments.get(1).counterpartyName());
    }

    @Test
    void missingHeaderIsRejected() {
        PaymentFileParser.InvalidPaymentFileException error = assertThrows(PaymentFileParser.InvalidPaymentFileException.class,
                () -> PaymentFileParser.parse("R-1;2026-03-02;119.00;Muster GmbH;Rechnung 1\n", IBAN));

        assertTrue(error.getMessage().startsWith("line 1"), error.getMessage());
    }

    @Test
    void badAmountNamesItsLine() {
        PaymentFileParser.InvalidPaymentFileException error = assertThrows(PaymentFileParser.InvalidPaymentFileException.class,
                () -> PaymentFileParser.parse(PaymentFileParser.HEADER + "\nR-1;2026-03-02;119,00;Muster GmbH;x\n", IBAN));

        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
        assertTrue(error.getMessage().contains("119,00"), error.getMessage());
    }
}
