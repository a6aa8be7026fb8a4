package de.debitum.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.DebtorAccountRule;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.model.TenantId;

class LedgerSettingsChangesTest {

    private static final LedgerSettings DEFAULTS = LedgerSettings.defaults(TenantId.of("muster-gmbh"), Chart.SKR03);

    @Test
    void changesOnlyGivenValues() {
        LedgerSettings changed = LedgerSettingsChanges.apply(DEFAULTS, List.of("consultant=29098", "client=55003",
                "chart=skr04", "debtor-rule=customer-number", "account.BANK=1810", "bank.DE89370400440532013000=1820",
                "lock-on-import=TRUE"));

        assertThat(changed.consultantNumber()).isEqualTo(29098);
        assertThat(changed.clientNumber()).isEqualTo(55003);
        assertThat(changed.chart()).isEqualTo(Chart.SKR04);
        assertThat(changed.debtorAccountRule()).isEqualTo(DebtorAccountRule.CUSTOMER_NUMBER);
        assertThat(changed.account(AccountRole.BANK)).isEqualTo(1810);
        assertThat(changed.bankAccount("DE89370400440532013000")).isEqualTo(1820);
        assertThat(changed.lockOnImport()).isTrue();
        assertThat(changed.debtorAccountFrom()).isEqualTo(DEFAULTS.debtorAccountFrom());
        assertThat(changed.account(AccountRole.REVENUE_19)).isEqualTo(4400);
    }

    @Test
    void emptyValueRestoresDefault() {
        LedgerSettings own = LedgerSettingsChanges.apply(DEFAULTS, List.of("account.WRITE_OFF=2401", "consultant=29098"));

        LedgerSettings reset = LedgerSettingsChanges.apply(own, List.of("account.WRITE_OFF=", "consultant="));

        assertThat(reset.account(AccountRole.WRITE_OFF)).isEqualTo(2400);
        assertThat(reset.consultantNumber()).isNull();
    }

    @Test
    void invalidSettingsNameTheValue() {
        assertThatThrownBy(() -> LedgerSettingsChanges.apply(DEFAULTS, List.of("consultant")))
                .hasMessageContaining("'consultant'").hasMessageContaining("key=value");
        assertThatThrownBy(() -> LedgerSettingsChanges.apply(DEFAULTS, List.of("colour=blue")))
                .hasMessageContaining("Unknown setting 'colour'");
        assertThatThrownBy(() -> LedgerSettingsChanges.apply(DEFAULTS, List.of("client=abc")))
                .hasMessageContaining("client").hasMessageContaining("'abc'");
        assertThatThrownBy(() -> LedgerSettingsChanges.apply(DEFAULTS, List.of("chart=SKR99")))
                .hasMessageContaining("SKR99").hasMessageContaining("SKR03");
        assertThatThrownBy(() -> LedgerSettingsChanges.apply(DEFAULTS, List.of("lock-on-import=yes")))
                .hasMessageContaining("'yes'").hasMessageContaining("true or false");
        assertThatThrownBy(() -> LedgerSettingsChanges.apply(DEFAULTS, List.of("account.CASH=8730")))
                .hasMessageContaining("'CASH'");
        assertThatThrownBy(() -> LedgerSettingsChanges.apply(DEFAULTS, List.of("account-length=3")))
                .hasMessageContaining("Sachkontenlänge 3");
    }
}
