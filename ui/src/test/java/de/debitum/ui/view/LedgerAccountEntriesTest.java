package de.debitum.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.debitum.ui.i18n.MessagesProvider;
import de.debitum.ui.view.LedgerAccountEntries.BankEntry;
import de.debitum.ui.view.LedgerAccountEntries.InvalidEntryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ledger panel's checks of own accounts per role and per bank IBAN, and the maps it sends. */
class LedgerAccountEntriesTest {

    /** A valid German IBAN (check digits 89) and a second one of another bank. */
    private static final String IBAN = "DE89370400440532013000";
    private static final String OTHER_IBAN = "DE02120300000000202051";

    private final MessagesProvider messages = new MessagesProvider();
    private final Texts german = (key, params) -> messages.getTranslation(key, Locale.GERMAN, params);
    private final Texts english = (key, params) -> messages.getTranslation(key, Locale.ENGLISH, params);

    @Test
    void roleAccountsKeptOrReset() {
        Map<String, Integer> entered = new LinkedHashMap<>();
        entered.put("REVENUE_19", 8401);
        entered.put("WRITE_OFF", null);

        Map<String, Integer> changes = LedgerAccountEntries.accountChanges(entered, 4, german);

        assertThat(changes).containsEntry("REVENUE_19", 8401);
        assertThat(changes).containsKey("WRITE_OFF");
        assertThat(changes.get("WRITE_OFF")).as("an empty field resets to the chart's default").isNull();
        assertThat(changes).hasSize(2);
    }

    @Test
    void roleAccountOutOfRangeNamedInGerman() {
        assertThatThrownBy(() -> LedgerAccountEntries.accountChanges(Map.of("REVENUE_19", 84000), 4, german))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("Konto für Erlöse 19 % USt: 84000 ist ungültig, erlaubt sind 1 bis 9999 bei Sachkontenlänge 4.");
        assertThatThrownBy(() -> LedgerAccountEntries.accountChanges(Map.of("BANK", 0), 4, german))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessageContaining("Konto für Bank (IBANs ohne eigenes Konto): 0 ist ungültig");
    }

    @Test
    void roleAccountRangeFollowsAccountLength() {
        assertThat(LedgerAccountEntries.accountChanges(Map.of("REVENUE_19", 84000), 5, german))
                .containsEntry("REVENUE_19", 84000);
        // Without a valid account length the hub names the length, so the account is not checked here.
        assertThat(LedgerAccountEntries.accountChanges(Map.of("REVENUE_19", 84000), null, german))
                .containsEntry("REVENUE_19", 84000);
        assertThat(LedgerAccountEntries.accountChanges(Map.of("REVENUE_19", 84000), 9, german))
                .containsEntry("REVENUE_19", 84000);
    }

    @Test
    void roleAccountOutOfRangeNamedInEnglish() {
        assertThatThrownBy(() -> LedgerAccountEntries.accountChanges(Map.of("BANK_FEES", 100000), 5, english))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("Account for Bank charges: 100000 is invalid; use 1 to 99999 at account length 5.");
    }

    @Test
    void bankAccountsNormalizedAndRemovedOnesReset() {
        Map<String, Integer> stored = Map.of(IBAN, 1200, OTHER_IBAN, 1210);
        List<BankEntry> rows = List.of(new BankEntry("de89 3704 0044 0532 0130 00", 1201), new BankEntry(" ", null),
                new BankEntry(null, null));

        Map<String, Integer> changes = LedgerAccountEntries.bankChanges(stored, rows, 4, german);

        assertThat(changes).containsEntry(IBAN, 1201);
        assertThat(changes).containsKey(OTHER_IBAN);
        assertThat(changes.get(OTHER_IBAN)).as("a stored IBAN left out is removed").isNull();
        assertThat(changes).hasSize(2);
    }

    @Test
    void unchangedBankAccountsSentAsStored() {
        Map<String, Integer> changes = LedgerAccountEntries.bankChanges(Map.of(IBAN, 1200),
                List.of(new BankEntry(IBAN, 1200)), 4, german);

        assertThat(changes).containsExactlyEntriesOf(Map.of(IBAN, 1200));
    }

    @Test
    void invalidBankRowsNamedInGerman() {
        Map<List<BankEntry>, String> cases = new LinkedHashMap<>();
        cases.put(List.of(new BankEntry("", 1201)), "Zum Sachkonto 1201 fehlt die IBAN.");
        cases.put(List.of(new BankEntry(IBAN, null)), "Zur IBAN " + IBAN + " fehlt das Sachkonto.");
        cases.put(List.of(new BankEntry("DE89 3704", 1201)), "IBAN DE893704 ist ungültig: erwartet sind Ländercode,"
                + " zwei Prüfziffern und 11 bis 30 Buchstaben oder Ziffern.");
        cases.put(List.of(new BankEntry("DE89370400440532013001", 1201)), "IBAN DE89370400440532013001 ist ungültig,"
                + " weil die Prüfziffern nicht stimmen. Bitte die IBAN prüfen.");
        cases.put(List.of(new BankEntry(IBAN, 1201), new BankEntry("DE89 3704 0044 0532 0130 00", 1202)),
                "IBAN " + IBAN + " steht zweimal in der Liste.");
        cases.put(List.of(new BankEntry(IBAN, 12000)), "Sachkonto für IBAN " + IBAN
                + ": 12000 ist ungültig, erlaubt sind 1 bis 9999 bei Sachkontenlänge 4.");

        cases.forEach((rows, message) -> assertThatThrownBy(() -> LedgerAccountEntries.bankChanges(Map.of(), rows, 4,
                german)).as(rows.toString()).isInstanceOf(InvalidEntryException.class).hasMessage(message));
    }

    @Test
    void tooManyBankChangesRejected() {
        Map<String, Integer> stored = new HashMap<>();
        for (int i = 0; i <= LedgerAccountEntries.MAX_ENTRIES; i++) {
            stored.put(String.format("DE00%018d", i), 1200);
        }

        assertThatThrownBy(() -> LedgerAccountEntries.bankChanges(stored, List.of(), 4, german))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("Höchstens 100 Bankkonten lassen sich auf einmal speichern.");
    }

    @Test
    void rolesMatchHubAccountRole() throws IOException {
        String source = Files.readString(Path.of("../core-bundles/api/src/main/java/de/debitum/api/ledger/AccountRole.java"));
        Matcher constant = Pattern.compile("(?m)^    ([A-Z0-9_]+)\\(\\d+, \\d+\\)[,;]").matcher(source);
        List<String> hubRoles = new ArrayList<>();
        while (constant.find()) {
            hubRoles.add(constant.group(1));
        }

        assertThat(LedgerAccountEntries.ROLES).containsExactlyInAnyOrderElementsOf(hubRoles);
    }

    @Test
    void rolesHaveGermanNames() {
        for (String role : LedgerAccountEntries.ROLES) {
            assertThat(german.get("ledger-settings.role." + role)).as(role).doesNotContain("ledger-settings", "!");
        }
    }
}
