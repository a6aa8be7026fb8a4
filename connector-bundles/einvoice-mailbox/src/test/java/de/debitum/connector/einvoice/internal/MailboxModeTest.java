package de.debitum.connector.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;

import de.debitum.api.model.TenantId;
import de.debitum.einvoice.EInvoiceReader;
import de.debitum.testing.Corpus;
import de.debitum.testing.TestDatabase;
import de.debitum.testing.connector.ConnectorTestInstance;

/**
 * Delivers mails to a GreenMail IMAP server on 127.0.0.1: one per sampled corpus e-invoice, one
 * with two invoices, one without attachment, one with a broken PDF and one with an invoice and a
 * broken PDF. The instance runs with the default folders. Checks where each mail ends (moved to the
 * folder for done mails, or to the folder for rejected mails beside a note), the notes' reasons,
 * and what the datacenter holds.
 */
class MailboxModeTest {

    private static final String USER = "rechnungen@muster.example";
    private static final String PASSWORD = "test-only-password";
    private static final String DONE = "Debitum/Erledigt";
    private static final String REJECTED = "Debitum/Abgelehnt";
    private static final String CASE_HEADER = "X-Test-Case";

    /** Every n-th corpus file is mailed, to keep the run short; the folder test reads them all. */
    private static final int SAMPLE_EVERY = 4;

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());

    /** One test mail, its attachments and where it should end. */
    record Case(String id, String subject, List<Expected> attachments) {

        boolean imported() {
            return attachments.stream().anyMatch(Expected::stored);
        }

        boolean partly() {
            return imported() && attachments.stream().anyMatch(file -> !file.stored());
        }

        String messageId() {
            return "<" + id + "@test.debitum.example>";
        }
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void mailsEndInTheirFolders(TestDatabase.Kind kind) throws Exception {
        List<Path> corpus = Corpus.files("einvoice");
        List<Case> cases = new ArrayList<>();
        List<Expected> all = new ArrayList<>();
        try (EInvoiceReader reader = new EInvoiceReader()) {
            List<Expected> sample = new ArrayList<>();
            for (int index = 0; index < corpus.size(); index += SAMPLE_EVERY) {
                Path file = corpus.get(index);
                sample.add(Expected.of(reader, file.getFileName().toString(), Files.readAllBytes(file)));
            }
            List<Expected> storable = sample.stream().filter(Expected::stored).toList();
            assertThat(storable).as("storable files in the sample").hasSizeGreaterThanOrEqualTo(3);
            Expected broken = Expected.of(reader, "broken.pdf", FolderModeTest.resource("broken.pdf"));

            for (Expected file : sample) {
                cases.add(new Case("single-" + cases.size(), "Rechnung " + file.fileName(), List.of(file)));
            }
            cases.add(new Case("two-invoices", "Zwei Rechnungen", List.of(storable.get(0), storable.get(1))));
            cases.add(new Case("no-attachment", "Bitte um Rückruf", List.of()));
            cases.add(new Case("broken-pdf", "Rechnung kaputt", List.of(broken)));
            cases.add(new Case("invoice-and-broken", "Rechnung und Anlage", List.of(storable.get(2), broken)));
            cases.forEach(mail -> all.addAll(mail.attachments()));
        }

        GreenMailUser user = greenMail.setUser(USER, USER, PASSWORD);
        Session session = Session.getInstance(new Properties());
        for (Case mail : cases) {
            user.deliver(message(session, mail));
        }

        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        Map<String, String> settings = new HashMap<>();
        settings.put(MailboxSettings.MODE, "imap");
        settings.put(MailboxSettings.HOST, "127.0.0.1");
        settings.put(MailboxSettings.PORT, String.valueOf(greenMail.getImap().getPort()));
        settings.put(MailboxSettings.USER, USER);
        settings.put(MailboxSettings.PASSWORD, PASSWORD);
        settings.put(MailboxSettings.TLS, "false");
        settings.put(MailboxSettings.POLL_INTERVAL, "PT0.1S");

        try (ConnectorTestInstance instance = TestInstance.start(datacenter, tenant, settings);
                Store store = connect()) {
            TestInstance.awaitTrue(() -> allHandled(store, cases));

            Map<String, Boolean> inbox = byCase(store, "INBOX");
            Map<String, Boolean> done = byCase(store, DONE);
            Map<String, Boolean> rejected = byCase(store, REJECTED);
            Map<String, String> notes = notesByMessageId(store);
            assertThat(inbox).as("mails left in INBOX").isEmpty();
            for (Case mail : cases) {
                if (mail.imported()) {
                    assertThat(done).as("mail %s in %s", mail.id(), DONE).containsKey(mail.id());
                    assertThat(rejected).as("mail %s in %s", mail.id(), REJECTED).doesNotContainKey(mail.id());
                } else {
                    assertThat(rejected).as("mail %s in %s", mail.id(), REJECTED).containsKey(mail.id());
                    assertThat(done).as("mail %s in %s", mail.id(), DONE).doesNotContainKey(mail.id());
                }
                boolean hasNote = !mail.imported() || mail.partly();
                assertThat(notes.containsKey(mail.messageId())).as("note for mail %s", mail.id()).isEqualTo(hasNote);
            }
            assertThat(notes.get("<no-attachment@test.debitum.example>"))
                    .contains("keinen Anhang im Format PDF oder XML", "has no PDF or XML attachment");
            assertThat(notes.get("<broken-pdf@test.debitum.example>"))
                    .contains("wurde nicht importiert", "broken.pdf: abgelehnt", "beschädigt", "damaged");
            assertThat(notes.get("<invoice-and-broken@test.debitum.example>"))
                    .contains("nur zum Teil importiert", "imported only in part", "broken.pdf: rejected");

            FolderModeTest.assertDatacenter(datacenter, tenant, all);
            assertThat(instance.checkpoint()).as("checkpoint").isPresent();
        }
    }

    private static MimeMessage message(Session session, Case mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        message.setFrom(new InternetAddress("buchhaltung@lieferant.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(USER));
        message.setSubject(mail.subject(), "UTF-8");
        message.setHeader(CASE_HEADER, mail.id());
        if (mail.attachments().isEmpty()) {
            message.setText("Guten Tag, bitte rufen Sie uns zurück.", "UTF-8");
        } else {
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Anbei unsere Rechnung.", "UTF-8");
            multipart.addBodyPart(text);
            for (Expected file : mail.attachments()) {
                MimeBodyPart attachment = new MimeBodyPart();
                String type = file.fileName().toLowerCase().endsWith(".pdf") ? "application/pdf" : "application/xml";
                attachment.setDataHandler(new jakarta.activation.DataHandler(
                        new jakarta.mail.util.ByteArrayDataSource(file.content(), type)));
                attachment.setFileName(file.fileName());
                attachment.setDisposition(MimeBodyPart.ATTACHMENT);
                multipart.addBodyPart(attachment);
            }
            message.setContent(multipart);
        }
        message.saveChanges();
        return message;
    }

    private Store connect() throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.peek", "true");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), USER, PASSWORD);
        return store;
    }

    private static boolean allHandled(Store store, List<Case> cases) {
        try {
            Map<String, Boolean> done = byCase(store, DONE);
            Map<String, Boolean> rejected = byCase(store, REJECTED);
            for (Case mail : cases) {
                if (!done.containsKey(mail.id()) && !rejected.containsKey(mail.id())) {
                    return false;
                }
            }
            return true;
        } catch (MessagingException e) {
            return false;
        }
    }

    /**
     * Returns whether each test mail of a folder is marked as read, by case id, leaving out mails
     * flagged as deleted. The folder is closed again, so that polling opens no connections that stay.
     */
    private static Map<String, Boolean> byCase(Store store, String folderName) throws MessagingException {
        Map<String, Boolean> mails = new HashMap<>();
        Folder folder = store.getFolder(folderName);
        if (!folder.exists()) {
            return mails;
        }
        folder.open(Folder.READ_ONLY);
        try {
            for (Message message : folder.getMessages()) {
                String[] ids = message.getHeader(CASE_HEADER);
                if (ids != null && !message.isSet(Flags.Flag.DELETED)) {
                    mails.put(ids[0], message.isSet(Flags.Flag.SEEN));
                }
            }
        } finally {
            folder.close(false);
        }
        return mails;
    }

    /** Returns the text of each note in the folder for rejected mails by the Message-ID it refers to. */
    private static Map<String, String> notesByMessageId(Store store) throws MessagingException, IOException {
        Map<String, String> notes = new HashMap<>();
        Folder folder = store.getFolder(REJECTED);
        folder.open(Folder.READ_ONLY);
        try {
            for (Message message : folder.getMessages()) {
                String[] marker = message.getHeader("X-Debitum-Import");
                if (marker != null) {
                    notes.put(message.getHeader("In-Reply-To")[0], (String) message.getContent());
                }
            }
        } finally {
            folder.close(false);
        }
        return notes;
    }
}
