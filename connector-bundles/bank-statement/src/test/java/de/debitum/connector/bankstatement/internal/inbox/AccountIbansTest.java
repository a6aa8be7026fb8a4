package de.debitum.connector.bankstatement.internal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import de.debitum.connector.bankstatement.internal.parse.AccountId;

class AccountIbansTest {

    @Test
    void germanAccountDerivedByStandardRule() {
        // The example account of the German IBAN rules: BLZ 37040044, account 532013000.
        assertThat(AccountIbans.germanIban("37040044", "532013000")).contains("DE89370400440532013000");
        assertThat(AccountIbans.parse("").ibanOf(new AccountId(null, null, "37040044", "0532013000")))
                .contains("DE89370400440532013000");
    }

    @Test
    void accountsOutsideStandardRuleNotDerived() {
        AccountIbans none = AccountIbans.parse(null);

        assertThat(none.ibanOf(new AccountId(null, null, "50880050", "0194787400888"))).isEmpty();
        assertThat(none.ibanOf(new AccountId(null, "BPHKPLPK", null, "320000546101"))).isEmpty();
        assertThat(none.ibanOf(new AccountId(null, null, null, "517852257"))).isEmpty();
        assertThat(none.ibanOf(new AccountId("DE00370400440532013000", null, null, null))).isEmpty();
    }

    @Test
    void configuredIbanTakesPrecedence() {
        AccountIbans ibans = AccountIbans.parse("37040044/0532013000=DE02120300000000202051;\n517852257 = nl91 abna 0417 1643 00");

        assertThat(ibans.ibanOf(new AccountId(null, null, "37040044", "0532013000"))).contains("DE02120300000000202051");
        assertThat(ibans.ibanOf(new AccountId(null, null, null, "517852257"))).contains("NL91ABNA0417164300");
    }

    @Test
    void malformedEntriesRejectedWithFieldAndValue() {
        assertThatThrownBy(() -> AccountIbans.parse("517852257 NL91ABNA0417164300"))
                .hasMessageContaining("Entry '517852257 NL91ABNA0417164300' of field accountIbans has no '='");
        assertThatThrownBy(() -> AccountIbans.parse("517852257=NL92ABNA0417164300"))
                .hasMessageContaining("invalid IBAN 'NL92ABNA0417164300'");
    }
}
