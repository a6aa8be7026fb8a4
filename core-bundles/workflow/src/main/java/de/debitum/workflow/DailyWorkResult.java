package de.debitum.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.debitum.dunning.run.RunResult;
import de.debitum.ledger.BookingRun;

/**
 * Result of {@link DailyWork#run}.
 *
 * @param dunning        the dunning run: notices created and items skipped with their reasons
 * @param approved       notices approved by this call
 * @param letters        letters put into the outbox, by channel name
 * @param letterFailures notices whose letter could not be made, each with its reason in German
 * @param printBatches   the print batches written, in the order of the run's letters; empty when no
 *                       letter goes to print
 * @param chargesBooked  dunning fees and default interest booked on the debtors' accounts
 * @param booking        the booking run up to the day
 * @param datevFiles     DATEV files written, in the order of the periods
 * @param exportFailures months that could not be exported, each with its reason
 */
public record DailyWorkResult(RunResult dunning, int approved, Map<String, Integer> letters,
                              List<String> letterFailures, List<Path> printBatches, int chargesBooked, BookingRun booking,
                              List<Path> datevFiles, List<String> exportFailures) {

    public DailyWorkResult {
        letters = Map.copyOf(letters);
        letterFailures = List.copyOf(letterFailures);
        printBatches = List.copyOf(printBatches);
        datevFiles = List.copyOf(datevFiles);
        exportFailures = List.copyOf(exportFailures);
    }

    /** Returns the number of letters put into the outbox over all channels. */
    public int letterCount() {
        return letters.values().stream().mapToInt(Integer::intValue).sum();
    }
}
