package de.debitum.output.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.GregorianCalendar;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.money.Money;
import de.debitum.output.internal.pdf.LetterContent;
import de.debitum.output.internal.pdf.LetterPdfWriter;
import de.debitum.output.internal.text.TextFiller;

/**
 * Renders dunning letters as PDF/A-3b in DIN 5008 form B. A letter has the tenant's letterhead,
 * the debtor's address in the envelope window and the text for the debtor's language and the
 * Mahnstufe. It lists the overdue items and states the amount to pay with its deadline. Its
 * GiroCode carries the amount and the ISO 11649 creditor reference made from the notice number.
 *
 * <p>Instances are stateless and thread-safe.
 */
@Component(service = DunningLetterRenderer.class)
public final class DunningLetterRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(DunningLetterRenderer.class);

    private final Clock clock;

    /** Creates a renderer that stamps documents with the system clock. */
    public DunningLetterRenderer() {
        this(Clock.systemDefaultZone());
    }

    /** Creates a renderer that stamps documents (creation date in the metadata) with {@code clock}. */
    public DunningLetterRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Renders one letter.
     *
     * @throws InvalidLetterException when the input cannot be printed as given: an address line
     *                                too wide for the address field, a notice number that gives no
     *                                valid RF reference, an unreadable logo
     */
    public RenderedLetter render(DunningLetterData data, LetterTexts texts) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(texts, "texts");
        LetterLanguage language = data.recipient().letterLanguage();
        CreditorReference reference = CreditorReference.fromNoticeNumber(data.noticeNumber());
        LetterText text = TextFiller.fill(texts.textFor(language, data.mahnstufe()), data, language, reference);
        GiroCode giroCode = giroCodeFor(data, reference);

        GregorianCalendar created = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
        try {
            LetterPdfWriter.Written written = LetterPdfWriter.write(
                    new LetterContent(data, text, language, reference, giroCode), created);
            LOG.debug("Rendered dunning notice {} (Mahnstufe {}): {} pages, {} bytes", data.noticeNumber(),
                    data.mahnstufe(), written.pageCount(), written.pdf().length);
            return new RenderedLetter(written.pdf(), written.pageCount(), language, reference, giroCode);
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering dunning notice " + data.noticeNumber() + " failed", e);
        }
    }

    /** Returns the GiroCode for the letter, or null where EPC069-12 cannot carry the amount. */
    private static GiroCode giroCodeFor(DunningLetterData data, CreditorReference reference) {
        Money total = data.total();
        boolean payable = total.currency().equals(Money.EUR)
                && total.amount().compareTo(GiroCode.MIN_AMOUNT) >= 0
                && total.amount().compareTo(GiroCode.MAX_AMOUNT) <= 0;
        if (!payable) {
            LOG.info("Dunning notice {} gets no GiroCode: the total {} is not a EUR amount from 0.01 to 999999999.99",
                    data.noticeNumber(), total);
            return null;
        }
        // EPC069-12 allows 70 characters for the beneficiary; a longer company name is cut there.
        String name = data.letterhead().companyName().strip();
        if (name.length() > GiroCode.MAX_NAME_LENGTH) {
            name = name.substring(0, GiroCode.MAX_NAME_LENGTH);
        }
        return new GiroCode(name, data.letterhead().bankAccount(), total, reference, null);
    }
}
