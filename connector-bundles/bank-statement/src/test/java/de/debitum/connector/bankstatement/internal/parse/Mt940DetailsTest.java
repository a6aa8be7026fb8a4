package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Mt940DetailsTest {

    @Test
    void subfieldsAndKeywordsSplitAcrossLines() {
        Mt940Details details = Mt940Details.parse("835?20Cie., S.C.A.?21SEPA-BASISLASTSCHRIFT?22EREF+ 1234567890123 PAYPAL"
                + "?23MREF+ 12AB234CD6E7F CRED+ A?24B12CDE0000000000000000034 S?25VWZ+ . SPOTIFY, Ihr Einkauf?26bei"
                + " SPOTIFY?32PayPal (Europe) S.a.r.l. et");

        assertThat(details.transactionCode()).isEqualTo("835");
        assertThat(details.keywords()).containsEntry("EREF", "1234567890123 PAYPAL")
                .containsEntry("MREF", "12AB234CD6E7F")
                .containsEntry("CRED", "AB12CDE0000000000000000034")
                // Sub-fields are fixed-width pieces, so "?26bei" continues the word before it without a space.
                .containsEntry("SVWZ", ". SPOTIFY, Ihr Einkaufbei SPOTIFY");
        assertThat(details.name()).isEqualTo("PayPal (Europe) S.a.r.l. et");
    }

    @Test
    void markerSplitOverLineBreak() {
        Mt940Details details = Mt940Details.parse("020?00Wyplata?2115617?\n22INFO END?3010600076?31000077");

        assertThat(details.postingText()).isEqualTo("Wyplata");
        assertThat(details.purpose()).isEqualTo("15617INFO END");
        assertThat(details.bankCodeOrBic()).isEqualTo("10600076");
        assertThat(details.accountOrIban()).isEqualTo("000077");
    }

    @Test
    void strayQuestionMarkIsText() {
        Mt940Details details = Mt940Details.parse("105?20SVWZ+Was?nun?62ABWA+Finanzamt?");

        assertThat(details.keywords()).containsEntry("SVWZ", "Was?nun").containsEntry("ABWA", "Finanzamt?");
    }

    @Test
    void purposeLines60To63Included() {
        Mt940Details details = Mt940Details.parse("105?20EREF+123?60BIC: BYLADEMM?61ABWA: Amt");

        assertThat(details.purpose()).isEqualTo("EREF+123BIC: BYLADEMMABWA: Amt");
    }

    @Test
    void unstructuredTextKeptWhole() {
        Mt940Details details = Mt940Details.parse("GIRO   428428 KPN - DIGITENNE\nBETREFT FACTUUR 20.44.45");

        assertThat(details.transactionCode()).isNull();
        assertThat(details.remittanceText()).isEqualTo("GIRO   428428 KPN - DIGITENNEBETREFT FACTUUR 20.44.45");
    }

    @Test
    void code999FreeText() {
        Mt940Details details = Mt940Details.parse("999PN5477SCHECK-NR. 0000016703074");

        assertThat(details.transactionCode()).isEqualTo("999");
        assertThat(details.remittanceText()).isEqualTo("PN5477SCHECK-NR. 0000016703074");
    }
}
