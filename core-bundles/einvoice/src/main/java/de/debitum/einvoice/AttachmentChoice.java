package de.debitum.einvoice;

import java.util.List;

/**
 * The PDF attachment that the invoice data came from, and the reason it was chosen.
 *
 * @param name             the attachment's file name as stored in the PDF
 * @param reasonDe         why this one was read, in German
 * @param reasonEn         the same in English
 * @param otherCandidates  names of other invoice XML attachments that were not read
 */
public record AttachmentChoice(String name, String reasonDe, String reasonEn, List<String> otherCandidates) {

    public AttachmentChoice {
        otherCandidates = List.copyOf(otherCandidates);
    }
}
