package de.debitum.dunning.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.model.TenantId;
import de.debitum.dunning.run.RunResult;
import de.debitum.dunning.run.SkippedItem;
import de.debitum.testing.TestDatabase;

/**
 * A booking aid (ZUGFeRD MINIMUM or BASIC WL) is stored but never reminded until a person
 * confirms it through the document store. Invoices are due 2025-01-13, so the payment reminder
 * is due on 01-23.
 */
class BookingAidGuardTest {

    private static final LocalDate DUE = LocalDate.of(2025, 1, 13);
    private static final LocalDate REMINDER_DAY = LocalDate.of(2025, 1, 23);

    static List<TestDatabase.Kind> kinds() {
        return DunningFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bookingAidWaitsForConfirmation(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("B1", false)
                .bookingAid("MIN-1", "B1", "100.00", DUE.minusDays(14), DUE)
                .store();

        RunResult unconfirmed = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(unconfirmed.noticeCount()).isZero();
        assertThat(unconfirmed.skipped()).extracting(SkippedItem::reasonCode).containsExactly("UNCONFIRMED_SOURCE");
        assertThat(unconfirmed.skipped().get(0).messageDe()).contains("Buchungshilfe");

        dc.documents.confirm(tenant, dc.documentId(tenant, "MIN-1"), "admin");

        RunResult confirmed = dc.service.run(tenant, REMINDER_DAY.plusDays(1), "test");
        assertThat(confirmed.noticeCount()).isEqualTo(1);
        assertThat(confirmed.notices().get(0).notice().items()).extracting(item -> item.documentNumber())
                .containsExactly("MIN-1");
    }
}
