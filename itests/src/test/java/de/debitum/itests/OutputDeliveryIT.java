package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.api.output.OutboxStatus;
import de.debitum.api.store.TenantStore;
import de.debitum.output.LetterDelivery;
import de.debitum.output.MailSettings;
import de.debitum.output.OutputService;
import de.debitum.output.TlsMode;
import de.debitum.output.letter.BankAccount;
import de.debitum.output.letter.Colour;
import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.LetterTexts;
import de.debitum.output.letter.Letterhead;
import de.debitum.output.letter.OverdueItem;
import de.debitum.output.letter.Recipient;

/**
 * The output service runs in the distribution. A dunning letter rendered inside Karaf goes out by
 * the delivery worker to GreenMail's SMTP server in the test JVM, on 127.0.0.1. The probe then
 * reads the debtor's mailbox back over IMAP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutputDeliveryIT {

    private static final String SMTP_PORT = "debitum.itest.smtpPort";
    private static final String IMAP_PORT = "debitum.itest.imapPort";
    private static final String DEBTOR = "einkauf@baeckerei-mueller.test";
    private static final String LOGIN = "einkauf";
    private static final String PASSWORD = "Broetchen-2026";

    @Inject
    private BootFinished bootFinished;

    @Inject
    private OutputService output;

    @Inject
    private TenantStore tenants;

    @Configuration
    public Option[] config() {
        int[] ports = TestSmtpServer.start(DEBTOR, LOGIN, PASSWORD);
        List<Option> options = new ArrayList<>(List.of(DistributionOptions.boot()));
        options.add(editConfigurationFilePut("etc/system.properties", SMTP_PORT, String.valueOf(ports[0])));
        options.add(editConfigurationFilePut("etc/system.properties", IMAP_PORT, String.valueOf(ports[1])));
        options.add(editConfigurationFilePut("etc/de.debitum.output.cfg", "pollIntervalSeconds", "1"));
        return options.toArray(Option[]::new);
    }

    @Test
    public void dunningLetterLandsInMailbox() throws Exception {
        TenantId tenant = TenantId.of("output-gmbh");
        tenants.create(tenant, "Output GmbH");
        output.configureMail(tenant, new MailSettings("127.0.0.1", Integer.getInteger(SMTP_PORT), TlsMode.NONE, null,
                null, "buchhaltung@output-gmbh.test", "Output GmbH Buchhaltung", null));

        OutboxEntry queued = output.enqueueDunningLetter(tenant, letter(), LetterTexts.defaults(),
                new LetterDelivery(OutboxChannel.EMAIL, DEBTOR, "run-it", null, null)).entry();
        awaitTrue("entry " + queued.id() + " sent by the worker", () -> status(tenant, queued.id()) == OutboxStatus.SENT);

        OutboxEntry sent = output.outbox(tenant, OutboxFilter.ALL, 0, 10).entries().get(0);
        List<MimeMessage> inbox = new ArrayList<>();
        awaitTrue("mail in the debtor's mailbox", () -> readInbox(inbox) > 0);
        assertEquals(1, inbox.size());
        assertEquals(sent.messageId(), inbox.get(0).getMessageID());
        assertTrue(inbox.get(0).getSubject(), inbox.get(0).getSubject().startsWith("Zahlungserinnerung Nr. M-IT-1"));
    }

    private OutboxStatus status(TenantId tenant, long id) {
        return output.outbox(tenant, OutboxFilter.ALL, 0, 10).entries().stream().filter(entry -> entry.id() == id)
                .findFirst().orElseThrow().status();
    }

    /** Reads the debtor's inbox over IMAP into {@code into} and returns the number of mails. */
    private static int readInbox(List<MimeMessage> into) {
        // Jakarta Mail finds its IMAP provider through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", Integer.getInteger(IMAP_PORT), LOGIN, PASSWORD);
            try {
                Folder folder = store.getFolder("INBOX");
                folder.open(Folder.READ_ONLY);
                into.clear();
                for (Message message : folder.getMessages()) {
                    into.add(new MimeMessage((MimeMessage) message));
                }
                folder.close(false);
                return into.size();
            } finally {
                store.close();
            }
        } catch (Exception e) {
            throw new AssertionError("Reading the mailbox over IMAP failed: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static DunningLetterData letter() {
        Letterhead letterhead = new Letterhead("Output GmbH", List.of("Am Markt 1", "50667 Köln"),
                "Output GmbH · Am Markt 1 · 50667 Köln", List.of("Telefon 0221 12345"), null, Colour.fromHex("#1A4F8B"),
                new BankAccount("Sparkasse KölnBonn", "DE89 3704 0044 0532 0130 00", "COLSDE33XXX"),
                "Amtsgericht Köln", "HRB 4711", "Köln", List.of("Erika Mustermann"), null, "DE123456789");
        Recipient recipient = new Recipient("Bäckerei Müller GmbH", List.of("Schloßstraße 7", "50667 Köln"), "de");
        LocalDate invoiceDate = LocalDate.of(2026, 10, 1);
        return new DunningLetterData(letterhead, recipient, 1, "M-IT-1", LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 12, 18), List.of(new OverdueItem("RE-2026-0815", invoiceDate, invoiceDate.plusDays(14),
                        Money.euro("1190.00"), Money.euro("0.00"), Money.euro("0.00"))));
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 90 s waiting for: " + what);
            }
            Thread.sleep(200);
        }
    }
}
