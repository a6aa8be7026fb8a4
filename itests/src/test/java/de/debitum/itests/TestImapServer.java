package de.debitum.itests;

import java.io.File;
import java.nio.file.Files;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * A GreenMail IMAP server in the test JVM, on 127.0.0.1 and a free port. Only the Pax Exam
 * driver uses this class; the probe inside Karaf never loads it.
 */
final class TestImapServer {

    /** Kept so that the server runs until the test JVM ends. */
    private static GreenMail server;

    private TestImapServer() {
    }

    /** Starts the server with one mail carrying the hand-written CII invoice and returns its port. */
    static synchronized int startWithInvoiceMail(String user, String password) throws Exception {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        server.start();
        GreenMailUser mailbox = server.setUser(user, user, password);
        mailbox.deliver(invoiceMail(user));
        return server.getImap().getPort();
    }

    private static MimeMessage invoiceMail(String user) throws Exception {
        File sample = new File(System.getProperty(DistributionOptions.EINVOICE_SAMPLE_PROPERTY));
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("buchhaltung@lieferant.example"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(user + "@debitum.example"));
        message.setSubject("Rechnung TEST-2024-0042");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Anbei unsere Rechnung.", "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(Files.readAllBytes(sample.toPath()), "application/xml")));
        attachment.setFileName("xrechnung.xml");
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        return message;
    }
}
