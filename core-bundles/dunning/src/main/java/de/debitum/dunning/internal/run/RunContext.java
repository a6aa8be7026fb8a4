package de.debitum.dunning.internal.run;

import de.debitum.api.dunning.DunningStore;
import de.debitum.api.store.AllocationStore;
import de.debitum.api.store.CoverageService;
import de.debitum.api.store.DebtorStore;
import de.debitum.dunning.internal.calculation.DefaultInterestCalculator;
import de.debitum.dunning.internal.calendar.PaymentDeadlines;

/** The stores and calculators that every run of the service shares. */
record RunContext(DunningStore store, AllocationStore allocations, DebtorStore debtors, CoverageService coverage,
                  PaymentDeadlines deadlines, DefaultInterestCalculator interestCalculator) {
}
