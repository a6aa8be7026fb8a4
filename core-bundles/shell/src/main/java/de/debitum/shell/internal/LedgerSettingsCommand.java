package de.debitum.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.model.TenantId;
import de.debitum.ledger.LedgerService;
import de.debitum.ledger.LedgerSettingsChanges;

/**
 * Shows a tenant's ledger settings, or changes the values given as key=value pairs and keeps the
 * others.
 */
@Command(scope = "debitum", name = "ledger-settings",
        description = "Shows or changes ledger and DATEV settings, e.g. ledger-settings muster-gmbh consultant=29098 client=55003 chart=SKR04")
@Service
public class LedgerSettingsCommand implements Action {

    @Reference
    private LedgerService ledger;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "settings", multiValued = true, description = "Changes as key=value pairs: " + LedgerSettingsChanges.KEYS)
    private List<String> changes;

    @Override
    public Object execute() {
        TenantId id = TenantId.of(tenant);
        LedgerSettings settings = ledger.settings(id);
        if (changes != null && !changes.isEmpty()) {
            settings = ledger.saveSettings(LedgerSettingsChanges.apply(settings, changes), "shell");
            System.out.println("Ledger settings of tenant " + tenant + " saved.");
        }
        print(settings);
        return null;
    }

    private static void print(LedgerSettings settings) {
        System.out.println("chart=" + settings.chart());
        System.out.println("consultant=" + (settings.consultantNumber() == null ? "" : settings.consultantNumber()));
        System.out.println("client=" + (settings.clientNumber() == null ? "" : settings.clientNumber()));
        System.out.println("fiscal-year-start-month=" + settings.fiscalYearStartMonth());
        System.out.println("account-length=" + settings.accountLength());
        System.out.println("debtor-from=" + settings.debtorAccountFrom());
        System.out.println("debtor-to=" + settings.debtorAccountTo());
        System.out.println("debtor-rule=" + settings.debtorAccountRule());
        System.out.println("return-fee-to-debtor=" + settings.returnFeeToDebtor());
        System.out.println("lock-on-import=" + settings.lockOnImport());
        for (AccountRole role : AccountRole.values()) {
            System.out.println("account." + role + "=" + settings.account(role)
                    + (settings.accounts().containsKey(role) ? "" : " (default)"));
        }
        settings.bankAccounts().forEach((iban, account) -> System.out.println("bank." + iban + "=" + account));
    }
}
