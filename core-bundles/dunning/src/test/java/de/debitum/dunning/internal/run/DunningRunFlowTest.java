package de.debitum.dunning.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.dunning.NoticeChange;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.NotFoundException;
import de.debitum.dunning.policy.DefaultPolicies;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.run.NoticeForOutput;
import de.debitum.dunning.run.PlannedNotice;
import de.debitum.dunning.run.RunResult;
import de.debitum.testing.TestDatabase;

/** Runs and previews, one letter per debtor, idempotent reruns and the review of notices. */
class DunningRunFlowTest {

    private static final LocalDate DUE = LocalDate.of(2025, 1, 13);
    private static final LocalDate REMINDER_DAY = LocalDate.of(2025, 1, 23);

    static List<TestDatabase.Kind> kinds() {
        return DunningFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void oneNoticePerDebtor(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("A", false).debtor("B", true)
                .invoice("A-1", "A", "100.00", DUE.minusDays(20), DUE.minusDays(2))
                .invoice("A-2", "A", "200.00", DUE.minusDays(14), DUE)
                .invoice("A-3", "A", "300.00", DUE.minusDays(10), DUE.minusDays(1))
                .invoice("B-1", "B", "50.00", DUE.minusDays(14), DUE)
                .invoice("B-2", "B", "70.00", DUE, DUE.plusDays(30))
                .store();

        RunResult result = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(result.noticeCount()).isEqualTo(2);
        PlannedNotice a = result.notices().stream().filter(n -> n.debtorName().equals("Firma A")).findFirst().orElseThrow();
        assertThat(a.notice().items()).extracting(item -> item.documentNumber()).containsExactly("A-1", "A-3", "A-2");
        PlannedNotice b = result.notices().stream().filter(n -> n.debtorName().equals("Firma B")).findFirst().orElseThrow();
        assertThat(b.notice().items()).extracting(item -> item.documentNumber()).containsExactly("B-1");
        // B-2 is not due yet, so the overdue query does not even load it.
        assertThat(result.itemsChecked()).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void secondRunSameDayCreatesNothing(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("R", false)
                .invoice("R-1", "R", "100.00", DUE.minusDays(14), DUE)
                .store();

        RunResult first = dc.service.run(tenant, REMINDER_DAY, "test");
        RunResult second = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(first.noticeCount()).isEqualTo(1);
        assertThat(second.noticeCount()).isZero();
        assertThat(second.skipped()).extracting(skip -> skip.reasonCode()).containsExactly("ALREADY_DUNNED_TODAY");
        assertThat(dc.store.notices(tenant, EnumSet.noneOf(NoticeStatus.class), 0, 100)).hasSize(1);
        // The next day the first notice still waits for approval, so nothing new is created either.
        RunResult nextDay = dc.service.run(tenant, REMINDER_DAY.plusDays(1), "test");
        assertThat(nextDay.skipped()).extracting(skip -> skip.reasonCode()).containsExactly("NOTICE_PENDING");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void previewMatchesRunAndStoresNothing(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("P", false).debtor("Q", false)
                .invoice("P-1", "P", "100.00", DUE.minusDays(14), DUE)
                .invoice("P-2", "P", "3.00", DUE.minusDays(14), DUE)
                .invoice("Q-1", "Q", "80.00", DUE.minusDays(14), DUE)
                .store();

        RunResult preview = dc.service.preview(tenant, REMINDER_DAY);
        assertThat(preview.isPreview()).isTrue();
        assertThat(dc.store.notices(tenant, EnumSet.noneOf(NoticeStatus.class), 0, 100)).isEmpty();

        RunResult run = dc.service.run(tenant, REMINDER_DAY, "test");
        assertThat(run.notices()).extracting(PlannedNotice::notice)
                .containsExactlyElementsOf(preview.notices().stream().map(PlannedNotice::notice).toList());
        assertThat(run.skipped()).isEqualTo(preview.skipped());
        assertThat(preview.skipped()).extracting(skip -> skip.documentNumber() + " " + skip.reasonCode())
                .containsExactly("P-2 BELOW_MINIMUM_AMOUNT");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void noticesWaitForApprovalUntilAutoSend(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("W", false)
                .invoice("W-1", "W", "100.00", DUE.minusDays(14), DUE)
                .invoice("W-2", "W", "100.00", DUE.minusDays(7), DUE)
                .invoice("W-3", "W", "100.00", DUE.minusDays(7), DUE.plusDays(1))
                .store();

        long first = dc.service.run(tenant, REMINDER_DAY, "test").notices().get(0).noticeId();

        assertThat(dc.store.notice(tenant, first).orElseThrow().status()).isEqualTo(NoticeStatus.AWAITING_APPROVAL);
        assertThat(dc.service.noticesReadyForOutput(tenant, 100)).isEmpty();
        assertThat(dc.service.noticesAwaitingApproval(tenant, 0, 100)).extracting(StoredNotice::id).containsExactly(first);

        dc.service.approve(tenant, first, "clerk");
        List<NoticeForOutput> ready = dc.service.noticesReadyForOutput(tenant, 100);
        assertThat(ready).hasSize(1);
        NoticeForOutput letter = ready.get(0);
        assertThat(letter.debtorName()).isEqualTo("Firma W");
        assertThat(letter.address().city()).isEqualTo("Leipzig");
        assertThat(letter.language()).isEqualTo("de");
        // W-3 is due a day later, so its payment reminder is not due yet and the letter leaves it out.
        assertThat(letter.notice().items()).extracting(item -> item.documentNumber()).containsExactly("W-1", "W-2");
        assertThat(letter.notice().total()).isEqualTo(Money.euro("200.00"));

        dc.service.markHandedToOutput(tenant, first, "output");
        assertThat(dc.service.noticesReadyForOutput(tenant, 100)).isEmpty();
        assertThatThrownBy(() -> dc.service.cancel(tenant, first, "clerk"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HANDED_TO_OUTPUT");

        // With automatic sending on, a level that needs no approval goes straight to output.
        dc.service.setAutoSend(tenant, true, "admin");
        TenantId other = dc.tenant().debtor("X", false).invoice("X-1", "X", "100.00", DUE.minusDays(14), DUE).store();
        dc.service.setAutoSend(other, true, "admin");
        long auto = dc.service.run(other, REMINDER_DAY, "test").notices().get(0).noticeId();
        assertThat(dc.store.notice(other, auto).orElseThrow().status()).isEqualTo(NoticeStatus.APPROVED);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void finalLevelNeedsApprovalDespiteAutoSend(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("F", false).invoice("F-1", "F", "100.00", DUE.minusDays(14), DUE).store();
        dc.service.setAutoSend(tenant, true, "admin");

        List<StoredNotice> created = DunningCycleTest.runDaily(dc, tenant, DUE, LocalDate.of(2025, 3, 15));

        assertThat(created).hasSize(4);
        List<String> auditedChanges = dc.audit.forDocument(tenant, dc.documentId(tenant, "F-1")).stream()
                .filter(event -> event.actor().equals("clerk"))
                .map(event -> event.details())
                .toList();
        // Only the final reminder waited for a clerk.
        assertThat(auditedChanges).containsExactly("Notice " + created.get(3).id() + " AWAITING_APPROVAL -> APPROVED");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void postponeCancelAndEdit(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("E", false).debtor("E2", false).debtor("E3", false)
                .invoice("E-1", "E", "100.00", DUE.minusDays(14), DUE)
                .invoice("E-2", "E2", "100.00", DUE.minusDays(14), DUE)
                .invoice("E-3", "E3", "100.00", DUE.minusDays(14), DUE)
                .store();
        List<Long> ids = dc.service.run(tenant, REMINDER_DAY, "test").notices().stream().map(PlannedNotice::noticeId).toList();

        assertThatThrownBy(() -> dc.service.postpone(tenant, ids.get(0), null, "clerk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Postponing needs a date");
        StoredNotice postponed = dc.service.postpone(tenant, ids.get(0), REMINDER_DAY.plusDays(5), "clerk");
        assertThat(postponed.status()).isEqualTo(NoticeStatus.POSTPONED);
        assertThat(dc.service.approveAll(tenant, REMINDER_DAY.plusDays(1), "clerk")).isEqualTo(2);
        assertThat(dc.store.notice(tenant, ids.get(0)).orElseThrow().status()).isEqualTo(NoticeStatus.POSTPONED);
        assertThat(dc.service.approveAll(tenant, REMINDER_DAY.plusDays(5), "clerk")).isEqualTo(1);

        StoredNotice cancelled = dc.service.cancel(tenant, ids.get(1), "clerk");
        assertThat(cancelled.status()).isEqualTo(NoticeStatus.CANCELLED);
        // A cancelled notice does not count as sent: the next run reminds the item again.
        RunResult again = dc.service.run(tenant, REMINDER_DAY.plusDays(6), "test");
        assertThat(again.notices()).extracting(notice -> notice.notice().items().get(0).documentNumber()).containsExactly("E-2");

        assertThatThrownBy(() -> dc.service.edit(tenant, ids.get(2), new NoticeChange(REMINDER_DAY.minusDays(1), null, false), "clerk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the notice date");
        assertThatThrownBy(() -> dc.service.edit(tenant, ids.get(2), new NoticeChange(null, Money.euro("-1.00"), false), "clerk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.00");
        StoredNotice edited = dc.service.edit(tenant, ids.get(2), new NoticeChange(REMINDER_DAY.plusDays(14),
                Money.euro("1.00"), true), "clerk");
        assertThat(edited.paymentDeadline()).isEqualTo(REMINDER_DAY.plusDays(14));
        assertThat(edited.fee()).isEqualTo(Money.euro("1.00"));
        assertThat(edited.items().get(0).fee()).isEqualTo(Money.euro("1.00"));
        assertThat(edited.interest()).isEqualTo(Money.euro("0.00"));

        assertThatThrownBy(() -> dc.service.approve(tenant, 999_999_999L, "clerk"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("999999999");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void futureRunDateIsRejected(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("Z", false).invoice("Z-1", "Z", "100.00", DUE.minusDays(14), DUE).store();

        // The fixture's service clock stands at 2025-12-31 in Berlin.
        assertThatThrownBy(() -> dc.service.run(tenant, LocalDate.of(2026, 1, 1), "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("today is 2025-12-31")
                .hasMessageContaining("Use the preview");
        assertThat(dc.store.notices(tenant, EnumSet.noneOf(NoticeStatus.class), 0, 10)).isEmpty();
        assertThat(dc.service.preview(tenant, LocalDate.of(2026, 1, 1)).noticeCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void tenantsStayApart(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId first = dc.tenant().debtor("T", false).invoice("T-1", "T", "100.00", DUE.minusDays(14), DUE).store();
        TenantId second = dc.tenant().debtor("T", false).invoice("T-1", "T", "100.00", DUE.minusDays(14), DUE).store();

        long notice = dc.service.run(first, REMINDER_DAY, "test").notices().get(0).noticeId();

        assertThat(dc.store.notice(second, notice)).isEmpty();
        assertThatThrownBy(() -> dc.service.approve(second, notice, "clerk")).isInstanceOf(NotFoundException.class);
        assertThat(dc.service.preview(second, REMINDER_DAY).noticeCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void storedPolicyRoundTrips(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().store();
        DunningPolicy german = DefaultPolicies.german();
        assertThat(dc.service.policy(tenant)).isEqualTo(german);

        DunningPolicy changed = new DunningPolicy(german.levels(), german.thresholds(), true, 21);
        dc.service.savePolicy(tenant, changed, "admin");

        assertThat(dc.service.policy(tenant)).isEqualTo(changed);
        DunningPolicy invalid = new DunningPolicy(List.of(), german.thresholds(), false, 14);
        assertThatThrownBy(() -> dc.service.savePolicy(tenant, invalid, "admin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mindestens eine Mahnstufe")
                .hasMessageContaining("at least one level");
    }
}
