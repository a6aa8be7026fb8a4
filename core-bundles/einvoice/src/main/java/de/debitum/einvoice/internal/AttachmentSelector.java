package de.debitum.einvoice.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.debitum.einvoice.AttachmentChoice;
import de.debitum.einvoice.internal.pdf.PdfContainer.Attachment;
import de.debitum.einvoice.internal.xml.SafeXmlParser;

/**
 * Picks the invoice XML among a PDF's attachments: a registered name (case-insensitive) or an
 * XML attachment marked as the invoice data, and among several the newest syntax.
 */
public final class AttachmentSelector {

    /**
     * Attachment names registered for invoice data: {@code factur-x.xml} (Factur-X 1.0, ZUGFeRD
     * 2.1+), {@code zugferd-invoice.xml} (ZUGFeRD 1.0 and 2.0), {@code xrechnung.xml} (XRechnung
     * in ZUGFeRD 2.1.1+).
     */
    static final Set<String> REGISTERED_NAMES = Set.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml");

    /** /AFRelationship values that mark an attachment as (an alternative form of) the invoice data. */
    static final Set<String> DATA_RELATIONSHIPS = Set.of("Data", "Alternative");

    /** The chosen XML and the recorded reason. */
    public record Selection(StructuredXml xml, AttachmentChoice choice) {
    }

    private record Candidate(Attachment attachment, boolean registered, StructuredXml xml) {
    }

    private AttachmentSelector() {
    }

    /**
     * Returns the selected invoice XML, or {@code null} when the PDF carries none.
     *
     * @throws ReadFailure when a registered attachment is oversized or not a readable invoice XML
     */
    public static Selection select(List<Attachment> attachments, SafeXmlParser parser, long maxXmlBytes)
            throws ReadFailure {
        List<Candidate> candidates = new ArrayList<>();
        for (Attachment attachment : attachments) {
            String name = attachment.name() == null ? "" : attachment.name();
            boolean registered = REGISTERED_NAMES.contains(name.toLowerCase(Locale.ROOT));
            boolean marked = attachment.relationship() != null
                    && DATA_RELATIONSHIPS.contains(attachment.relationship())
                    && name.toLowerCase(Locale.ROOT).endsWith(".xml");
            if (!registered && !marked) {
                continue;
            }
            if (attachment.content() == null) {
                throw Rejections.attachmentTooLarge(name, maxXmlBytes);
            }
            if (registered) {
                candidates.add(new Candidate(attachment, true,
                        StructuredXml.parse(parser, name, attachment.content(), maxXmlBytes)));
            } else {
                StructuredXml xml = parseIfInvoice(parser, name, attachment.content(), maxXmlBytes);
                if (xml != null) {
                    candidates.add(new Candidate(attachment, false, xml));
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }

        // Newer syntax first (ZUGFeRD 2.x / Factur-X / UBL before ZUGFeRD 1), then registered names.
        candidates.sort(Comparator
                .comparing((Candidate c) -> c.xml().syntax() == StructuredXml.Syntax.CII_ZUGFERD_1)
                .thenComparing(c -> !c.registered()));
        Candidate chosen = candidates.get(0);
        List<String> others = candidates.subList(1, candidates.size()).stream()
                .map(c -> c.attachment().name()).toList();
        return new Selection(chosen.xml(), choice(chosen, others, candidates));
    }

    private static AttachmentChoice choice(Candidate chosen, List<String> others, List<Candidate> all) {
        String name = chosen.attachment().name();
        String reasonDe = chosen.registered()
                ? "Anhang \"" + name + "\" trägt einen registrierten Namen für Rechnungsdaten"
                : "Anhang \"" + name + "\" ist als Rechnungsdaten gekennzeichnet (AFRelationship /"
                        + chosen.attachment().relationship() + ")";
        String reasonEn = chosen.registered()
                ? "attachment \"" + name + "\" has a registered name for invoice data"
                : "attachment \"" + name + "\" is marked as invoice data (AFRelationship /"
                        + chosen.attachment().relationship() + ")";
        boolean olderSkipped = all.stream().skip(1)
                .anyMatch(c -> c.xml().syntax() == StructuredXml.Syntax.CII_ZUGFERD_1)
                && chosen.xml().syntax() != StructuredXml.Syntax.CII_ZUGFERD_1;
        if (olderSkipped) {
            reasonDe += "; neuere Fassung (ZUGFeRD 2.x/Factur-X) statt ZUGFeRD 1 gelesen";
            reasonEn += "; the newer version (ZUGFeRD 2.x/Factur-X) was read instead of ZUGFeRD 1";
        }
        if (!others.isEmpty()) {
            reasonDe += "; nicht gelesen: " + String.join(", ", others);
            reasonEn += "; not read: " + String.join(", ", others);
        }
        return new AttachmentChoice(name, reasonDe, reasonEn, others);
    }

    private static StructuredXml parseIfInvoice(SafeXmlParser parser, String name, byte[] content, long maxBytes) {
        try {
            return StructuredXml.parse(parser, name, content, maxBytes);
        } catch (ReadFailure e) {
            // An unregistered attachment that is not invoice XML is other data (for example
            // additional_data.xml); it is skipped rather than rejecting the invoice.
            org.slf4j.LoggerFactory.getLogger(AttachmentSelector.class)
                    .debug("Attachment {} skipped: {}", name, e.rejection().messageEn());
            return null;
        }
    }
}
