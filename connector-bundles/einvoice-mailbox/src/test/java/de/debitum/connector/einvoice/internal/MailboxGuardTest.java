package de.debitum.connector.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.activation.DataHandler;
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
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;

import de.debitum.api.connector.ConnectionTestResult;
import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.model.TenantId;
import de.debitum.connector.einvoice.internal.importing.InvoiceMapping;
import de.debitum.testing.Corpus;
import de.debitum.testing.TestDatabase;
import de.debitum.testing.connector.ConnectorTestInstance;

/** Guards of the mailbox mode: the size bound, a failed commit, and the connection test. */
class MailboxGuardTest {

    private static final String USER = "rechnungen@muster.example";
    private static final String PASSWORD = "test-only-password";
    private static final String REJECTED = "Nicht importiert";
    private static final String DONE = "Importiert";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());

    private Map<String, String> settings(String password) {
        Map<String, String> settings = new HashMap<>();
        settings.put(MailboxSettings.MODE, "imap");
        settings.put(MailboxSettings.HOST, "127.0.0.1");
        settings.put(MailboxSettings.PORT, String.valueOf(greenMail.getImap().getPort()));
        settings.put(MailboxSettings.USER, USER);
        settings.put(MailboxSettings.PASSWORD, password);
        settings.put(MailboxSettings.TLS, "false");
        settings.put(MailboxSettings.REJECTED_FOLDER, REJECTED);
        settings.put(MailboxSettings.DONE_FOLDER, DONE);
        settings.put(MailboxSettings.POLL_INTERVAL, "PT0.1S");
        return settings;
    }

    @Test
    void oversizedAttachmentIsRejectedUnread() throws Exception {
        GreenMailUser user = greenMail.setUser(USER, USER, PASSWORD);
        user.deliver(mail("big.pdf", new byte[(int) (1.5 * 1024 * 1024)]));
        Map<String, String> settings = settings(PASSWORD);
        settings.put(MailboxSettings.MAX_ATTACHMENT_SIZE, "1");
        Datacenter datacenter = Datacenter.of(TestDatabase.availableKinds().get(0));

        try (ConnectorTestInstance instance = TestInstance.start(datacenter, datacenter.newTenant(), settings);
                Store store = connect()) {
            TestInstance.awaitTrue(() -> count(store, REJECTED) == 2);

            assertThat(count(store, "INBOX")).as("mails left in INBOX").isZero();
            assertThat(noteText(store)).contains("größer als die erlaubten 1048576 Bytes",
                    "larger than the maximum of 1048576 bytes");
            assertThat(instance.ingestCalls()).as("ingest calls").isZero();
        }
    }

    @Test
    void failedCommitLeavesMailUnread() throws Exception {
        Path file = Corpus.files("einvoice").stream()
                .filter(path -> path.getFileName().toString().equals("EN16931_Einfach.cii.xml")).findFirst()
                .orElseThrow(() -> new AssertionError("EN16931_Einfach.cii.xml is missing from the corpus"));
        GreenMailUser user = greenMail.setUser(USER, USER, PASSWORD);
        user.deliver(mail(file.getFileName().toString(), Files.readAllBytes(file)));
        Datacenter datacenter = Datacenter.of(TestDatabase.availableKinds().get(0));
        TenantId tenant = datacenter.newTenant();

        try (ConnectorTestInstance instance = TestInstance.start(datacenter, tenant, settings(PASSWORD), true);
                Store store = connect()) {
            // Two failed attempts: the mail was read again at the next poll.
            TestInstance.awaitTrue(() -> instance.ingestCalls() >= 2);
            assertThat(unread(store)).as("unread mails while the database fails").isEqualTo(1);
            assertThat(count(store, REJECTED)).as("mails in " + REJECTED).isZero();
            assertThat(count(store, DONE)).as("mails in " + DONE + " before the commit").isZero();

            instance.failIngest(false);
            TestInstance.awaitTrue(() -> count(store, DONE) == 1);
            assertThat(count(store, "INBOX")).as("mails in INBOX").isZero();
            assertThat(instance.reports()).as("committed batches").hasSize(1);
            assertThat(instance.reports().get(0).created()).as("records created").isEqualTo(2);
            assertThat(instance.reports().get(0).source()).as("source").isEqualTo(InvoiceMapping.SOURCE);
        }
    }

    @Test
    void connectionTestNamesFailedLogin() throws Exception {
        greenMail.setUser(USER, USER, PASSWORD).deliver(mail("a.pdf", new byte[] {1}));
        EInvoiceMailboxConnectorType type = new EInvoiceMailboxConnectorType("test");

        ConnectionTestResult good = type.testConnection(ConnectorConfig.of(type.configFields(), settings(PASSWORD)));
        ConnectionTestResult bad = type.testConnection(ConnectorConfig.of(type.configFields(), settings("wrong-one")));

        assertThat(good.successful()).as("with the right password: %s", good.message().en()).isTrue();
        assertThat(good.message().de()).contains("1 ungelesene");
        assertThat(bad.successful()).isFalse();
        assertThat(bad.message().de()).contains("Anmeldung", USER).doesNotContain("wrong-one");
        assertThat(bad.message().en()).contains("Check the user and the password").doesNotContain("wrong-one");
    }

    private static MimeMessage mail(String fileName, byte[] content) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("buchhaltung@lieferant.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(USER));
        message.setSubject("Rechnung", "UTF-8");
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
        attachment.setFileName(fileName);
        multipart.addBodyPart(attachment);
        message.setContent(multipart);
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

    /** Counts the mails of a folder that are not flagged as deleted; a missing folder counts 0. */
    private static int count(Store store, String folderName) {
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                int count = 0;
                for (Message message : folder.getMessages()) {
                    count += message.isSet(Flags.Flag.DELETED) ? 0 : 1;
                }
                return count;
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new AssertionError("reading folder " + folderName + " failed", e);
        }
    }

    private static int unread(Store store) {
        try {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                return folder.getUnreadMessageCount();
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new AssertionError("reading INBOX failed", e);
        }
    }

    private static String noteText(Store store) throws Exception {
        Folder folder = store.getFolder(REJECTED);
        folder.open(Folder.READ_ONLY);
        try {
            for (Message message : folder.getMessages()) {
                if (message.getHeader("X-Debitum-Import") != null) {
                    return (String) message.getContent();
                }
            }
            return "(no note)";
        } finally {
            folder.close(false);
        }
    }
}
