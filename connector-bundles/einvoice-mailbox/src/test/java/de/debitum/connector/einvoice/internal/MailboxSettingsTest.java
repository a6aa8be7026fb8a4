package de.debitum.connector.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.debitum.api.connector.ConnectorConfig;

class MailboxSettingsTest {

    private static MailboxSettings settings(Map<String, String> raw) {
        return MailboxSettings.of(ConnectorConfig.of(new EInvoiceMailboxConnectorType("test").configFields(), raw));
    }

    private static Map<String, String> imap() {
        Map<String, String> raw = new HashMap<>();
        raw.put(MailboxSettings.MODE, "imap");
        raw.put(MailboxSettings.HOST, "127.0.0.1");
        raw.put(MailboxSettings.USER, "rechnungen");
        raw.put(MailboxSettings.PASSWORD, "secret-value");
        return raw;
    }

    @Test
    void imapDefaultsApply() {
        MailboxSettings settings = settings(imap());

        assertThat(settings.mode()).isEqualTo(MailboxSettings.Mode.IMAP);
        assertThat(settings.tls()).isTrue();
        assertThat(settings.port()).isEqualTo(993);
        assertThat(settings.mailboxFolder()).isEqualTo("INBOX");
        assertThat(settings.doneFolder()).isEqualTo("Debitum/Erledigt");
        assertThat(settings.rejectedFolder()).isEqualTo("Debitum/Abgelehnt");
        assertThat(settings.maxAttachmentBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void plainImapDefaultsToPort143() {
        Map<String, String> raw = imap();
        raw.put(MailboxSettings.TLS, "false");

        assertThat(settings(raw).port()).isEqualTo(143);
    }

    @Test
    void toStringLeavesOutPassword() {
        assertThat(settings(imap()).toString()).doesNotContain("secret-value").contains("127.0.0.1");
    }

    @Test
    void imapWithoutHostIsRejected() {
        Map<String, String> raw = imap();
        raw.remove(MailboxSettings.HOST);

        assertThatThrownBy(() -> settings(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(MailboxSettings.HOST);
    }

    @Test
    void rejectedFolderEqualToPolledIsRejected() {
        Map<String, String> raw = imap();
        raw.put(MailboxSettings.REJECTED_FOLDER, "inbox");

        assertThatThrownBy(() -> settings(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(MailboxSettings.REJECTED_FOLDER).hasMessageContaining("inbox");
    }

    @Test
    void doneFolderEqualToPolledIsRejected() {
        Map<String, String> raw = imap();
        raw.put(MailboxSettings.DONE_FOLDER, "Inbox");

        assertThatThrownBy(() -> settings(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(MailboxSettings.DONE_FOLDER).hasMessageContaining("Inbox");
    }

    @Test
    void doneFolderEqualToRejectedIsRejected() {
        Map<String, String> raw = imap();
        raw.put(MailboxSettings.DONE_FOLDER, "Debitum/Abgelehnt");

        assertThatThrownBy(() -> settings(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(MailboxSettings.DONE_FOLDER).hasMessageContaining("Debitum/Abgelehnt");
    }

    @Test
    void folderModeWithoutFolderIsRejected() {
        assertThatThrownBy(() -> settings(Map.of(MailboxSettings.MODE, "folder")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(MailboxSettings.FOLDER);
    }

    @Test
    void tooShortPollIntervalIsRejected() {
        Map<String, String> raw = imap();
        raw.put(MailboxSettings.POLL_INTERVAL, "PT0.001S");

        assertThatThrownBy(() -> settings(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0.001S");
    }

    @Test
    void attachmentSizeAboveStoreLimitIsInvalid() {
        Map<String, String> raw = imap();
        raw.put(MailboxSettings.MAX_ATTACHMENT_SIZE, "21");

        assertThatThrownBy(() -> settings(raw)).isInstanceOf(ConnectorConfig.InvalidConfigurationException.class)
                .hasMessageContaining(MailboxSettings.MAX_ATTACHMENT_SIZE);
    }
}
