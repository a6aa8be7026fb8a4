package de.debitum.dunning.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.dunning.Escalation;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.dunning.policy.DefaultPolicies;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.run.PlannedNotice;
import de.debitum.dunning.run.RunResult;
import de.debitum.testing.TestDatabase;

/**
 * Daily runs over the whole life of a claim with the German default policy: the four levels, their
 * fees and interest, and the escalation after the final level. Output is played by the test, which
 * approves each new notice and marks it handed over on the day it was created.
 *
 * <p>Dates (no place of performance is known, so a holiday in any state moves a deadline; grace
 * days 3): an invoice due Monday 2025-01-13 gets the payment reminder on 01-23 (7 days + 3 grace,
 * deadline 01-30), the first reminder on 02-09 (14 + 3 after the previous notice), the second on
 * 02-26 (deadline 03-08 is a Saturday, so 03-10) and the final one on 03-15 (deadline 03-22, a
 * Saturday, so 03-24). Escalation follows 14 days after the final notice, on 03-29.
 */
class DunningCycleTest {

    static List<TestDatabase.Kind> kinds() {
        return DunningFixture.kinds();
    }

    private static final LocalDate DUE = LocalDate.of(2025, 1, 13);

    @ParameterizedTest
    @MethodSource("kinds")
    void businessClaimRunsThroughAllLevels(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("B1", false)
                .invoice("RE-100", "B1", "1000.00", DUE.minusDays(14), DUE)
                .store();

        List<StoredNotice> created = runDaily(dc, tenant, DUE, LocalDate.of(2025, 4, 5));

        assertThat(created).extracting(StoredNotice::noticeDate).containsExactly(
                LocalDate.of(2025, 1, 23), LocalDate.of(2025, 2, 9), LocalDate.of(2025, 2, 26), LocalDate.of(2025, 3, 15));
        assertThat(created).extracting(StoredNotice::levelKind).containsExactly(
                "PAYMENT_REMINDER", "FIRST_REMINDER", "SECOND_REMINDER", "FINAL_REMINDER");
        assertThat(created).extracting(StoredNotice::paymentDeadline).containsExactly(
                LocalDate.of(2025, 1, 30), LocalDate.of(2025, 2, 19), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 24));

        // The payment reminder puts the debtor into default from 01-31, so it is free; later levels cost 2.50.
        assertThat(created).extracting(StoredNotice::fee).containsExactly(
                Money.euro("0.00"), Money.euro("2.50"), Money.euro("2.50"), Money.euro("2.50"));
        assertThat(created).extracting(StoredNotice::flatFees).containsOnly(Money.euro("0.00"));

        // Interest at 2.27 % + 9 points from 01-31: 1000 * 11.27 % * 9 / 365 = 2.7789 on 02-09.
        assertThat(created.get(0).interest()).isEqualTo(Money.euro("0.00"));
        assertThat(created.get(1).interest()).isEqualTo(Money.euro("2.78"));
        // 26 days to 02-26: 1000 * 11.27 % * 26 / 365 = 8.0279.
        assertThat(created.get(2).interest()).isEqualTo(Money.euro("8.03"));
        // 43 days to 03-15: 1000 * 11.27 % * 43 / 365 = 13.2767.
        assertThat(created.get(3).interest()).isEqualTo(Money.euro("13.28"));
        assertThat(created.get(1).items().get(0).interestDays()).isEqualTo(9);
        assertThat(created.get(1).items().get(0).interestFrom()).isEqualTo(LocalDate.of(2025, 1, 31));

        List<Escalation> escalations = dc.store.escalations(tenant, 0, 10);
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).escalatedOn()).isEqualTo(LocalDate.of(2025, 3, 29));
        assertThat(escalations.get(0).finalNoticeId()).isEqualTo(created.get(3).id());
        assertThat(escalations.get(0).state()).isEqualTo("COLLECTIONS");
        assertThat(dc.store.notice(tenant, created.get(3).id()).orElseThrow().status()).isEqualTo(NoticeStatus.ESCALATED);

        long documentId = dc.documentId(tenant, "RE-100");
        List<AuditEvent> events = dc.audit.forDocument(tenant, documentId);
        assertThat(events).filteredOn(event -> event.type() == AuditEventType.REMINDED).hasSize(4);
        assertThat(events).filteredOn(event -> event.type() == AuditEventType.FEE_CHARGED).hasSize(3);
        assertThat(events).filteredOn(event -> event.type() == AuditEventType.INTEREST_CHARGED).hasSize(3);
        assertThat(events).filteredOn(event -> event.type() == AuditEventType.ESCALATED).hasSize(1);
        assertThat(events).filteredOn(event -> event.type() == AuditEventType.HANDED_OVER).hasSize(4);
        assertThat(events).filteredOn(event -> event.type() == AuditEventType.DUNNING_SKIPPED).isNotEmpty();

        // In collections the item is no longer dunned.
        RunResult after = dc.service.run(tenant, LocalDate.of(2025, 4, 20), "test");
        assertThat(after.noticeCount()).isZero();
        assertThat(after.skipped()).extracting(skip -> skip.reasonCode()).containsExactly("ESCALATED");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void interestIsSplitAtBaseRateChange(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        LocalDate due = LocalDate.of(2025, 5, 12);
        TenantId tenant = dc.tenant().debtor("B2", false)
                .invoice("RE-200", "B2", "1000.00", due.minusDays(14), due)
                .store();

        List<StoredNotice> created = runDaily(dc, tenant, due, LocalDate.of(2025, 7, 12));

        // Payment reminder 05-22 with deadline 05-29 (Ascension Day), moved to 05-30; default from 05-31.
        assertThat(created).extracting(StoredNotice::noticeDate).containsExactly(
                LocalDate.of(2025, 5, 22), LocalDate.of(2025, 6, 8), LocalDate.of(2025, 6, 25), LocalDate.of(2025, 7, 12));
        // 05-31 to 06-30: 31 days at 2.27 + 9 = 11.27 %; 07-01 to 07-11: 11 days at 1.27 + 9 = 10.27 %.
        // 1000 * (11.27 % * 31 + 10.27 % * 11) / 365 = (34.937 + 11.297) / 3.65 = 12.6668.
        StoredNotice last = created.get(3);
        assertThat(last.interest()).isEqualTo(Money.euro("12.67"));
        assertThat(last.items().get(0).interestDays()).isEqualTo(42);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void businessFlatFeeIsChargedOnce(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("B3", false)
                .invoice("RE-300", "B3", "1000.00", DUE.minusDays(14), DUE)
                .store();
        DunningPolicy german = DefaultPolicies.german();
        dc.service.savePolicy(tenant, new DunningPolicy(german.levels(), german.thresholds(), true,
                german.escalationDaysAfterFinalLevel()), "admin");

        List<StoredNotice> created = runDaily(dc, tenant, DUE, LocalDate.of(2025, 3, 15));

        assertThat(created).hasSize(4);
        // The 40 EUR flat fee comes with the first notice in default and counts against the
        // dunning fees, which stay below 40 EUR in total and so are not charged on top.
        assertThat(created).extracting(StoredNotice::flatFees).containsExactly(
                Money.euro("0.00"), Money.euro("40.00"), Money.euro("0.00"), Money.euro("0.00"));
        assertThat(created).extracting(StoredNotice::fee).containsOnly(Money.euro("0.00"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void consumerGetsFivePointsAndNoFlatFee(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("C1", true)
                .invoice("RE-400", "C1", "1000.00", DUE.minusDays(14), DUE)
                .store();
        DunningPolicy german = DefaultPolicies.german();
        dc.service.savePolicy(tenant, new DunningPolicy(german.levels(), german.thresholds(), true,
                german.escalationDaysAfterFinalLevel()), "admin");

        List<StoredNotice> created = runDaily(dc, tenant, DUE, LocalDate.of(2025, 2, 9));

        assertThat(created).hasSize(2);
        assertThat(created.get(1).flatFees()).isEqualTo(Money.euro("0.00"));
        assertThat(created.get(1).fee()).isEqualTo(Money.euro("2.50"));
        // 1000 * (2.27 + 5) % * 9 / 365 = 1.7926.
        assertThat(created.get(1).interest()).isEqualTo(Money.euro("1.79"));
    }

    /**
     * Runs every day from {@code from} to {@code to} (inclusive). Each notice created is approved
     * (unless automatic sending did that) and handed to output at once, as output would fetch it.
     */
    static List<StoredNotice> runDaily(DunningFixture dc, TenantId tenant, LocalDate from, LocalDate to) {
        List<StoredNotice> created = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            RunResult result = dc.service.run(tenant, day, "test");
            for (PlannedNotice planned : result.notices()) {
                StoredNotice notice = dc.store.notice(tenant, planned.noticeId()).orElseThrow();
                if (notice.status() == NoticeStatus.AWAITING_APPROVAL) {
                    dc.service.approve(tenant, notice.id(), "clerk");
                }
                created.add(dc.service.markHandedToOutput(tenant, notice.id(), "output"));
            }
        }
        return created;
    }
}
