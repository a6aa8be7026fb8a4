package de.debitum.connector.bankstatement.internal.inbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import de.debitum.api.connector.ConnectorConfig;

/**
 * The configuration of one instance, read and checked beyond what the field descriptions can
 * express: a compilable file name pattern, a positive poll interval, well-formed account entries.
 */
public record ImportSettings(Path folder, Pattern fileNamePattern, Duration pollInterval, UnbalancedPolicy unbalanced,
                             int maxFileBytes, AccountIbans accountIbans) {

    public static final String FOLDER = "folder";
    public static final String FILE_NAME_PATTERN = "fileNamePattern";
    public static final String POLL_INTERVAL = "pollInterval";
    public static final String UNBALANCED = "unbalanced";
    public static final String MAX_FILE_SIZE = "maxFileSizeMiB";
    public static final String ACCOUNT_IBANS = "accountIbans";

    /** Largest value of {@link #MAX_FILE_SIZE} in MiB; the reader reads a whole file into memory. */
    public static final int MAX_FILE_SIZE_LIMIT = 999;

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException naming the field whose value cannot be used and what a
     *                                  valid value looks like
     */
    public static ImportSettings of(ConnectorConfig config) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(config.text(FILE_NAME_PATTERN));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Invalid value '" + config.text(FILE_NAME_PATTERN) + "' of field "
                    + FILE_NAME_PATTERN + ": it is not a regular expression (" + e.getDescription()
                    + "). Use a Java regular expression such as (?i).*\\.(xml|sta)", e);
        }
        Duration interval = config.duration(POLL_INTERVAL);
        if (interval.isZero() || interval.toMillis() < 1) {
            throw new IllegalArgumentException("Invalid value '" + config.text(POLL_INTERVAL) + "' of field "
                    + POLL_INTERVAL + ": the interval must be at least one millisecond, such as PT1M (one minute).");
        }
        int maxMebibytes = config.integer(MAX_FILE_SIZE);
        if (maxMebibytes < 1 || maxMebibytes > MAX_FILE_SIZE_LIMIT) {
            throw new IllegalArgumentException("Invalid value '" + config.text(MAX_FILE_SIZE) + "' of field "
                    + MAX_FILE_SIZE + ": expected 1 to " + MAX_FILE_SIZE_LIMIT + " MiB.");
        }
        return new ImportSettings(config.path(FOLDER), pattern, interval, UnbalancedPolicy.of(config.text(UNBALANCED)),
                maxMebibytes * 1024 * 1024, AccountIbans.parse(config.textOr(ACCOUNT_IBANS, "")));
    }
}
