package de.debitum.einvoice;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds for one read.
 *
 * @param maxFileBytes  the largest file accepted, PDF or XML
 * @param maxXmlBytes   the largest XML (bare or attached) that is parsed
 * @param maxPdfPages   the most pages whose text is extracted from a plain PDF
 * @param timeout       the longest one read may take before it is rejected
 */
public record ReaderLimits(long maxFileBytes, long maxXmlBytes, int maxPdfPages, Duration timeout) {

    /** 20 MiB files, 10 MiB XML, 20 pages of text, 20 seconds. */
    public static final ReaderLimits DEFAULT = new ReaderLimits(20L << 20, 10L << 20, 20, Duration.ofSeconds(20));

    public ReaderLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxFileBytes <= 0 || maxXmlBytes <= 0 || maxPdfPages <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Reader limits must be positive: maxFileBytes=" + maxFileBytes
                    + ", maxXmlBytes=" + maxXmlBytes + ", maxPdfPages=" + maxPdfPages + ", timeout=" + timeout);
        }
    }
}
