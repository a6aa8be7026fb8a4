package de.debitum.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounce mailbox panel's checks before it calls the hub. */
class BounceMailboxPanelTest {

    private static final Texts GERMAN = TestTexts.texts("de");

    private static String problem(String host, Integer port, String username, String password, boolean saved) {
        return BounceMailboxPanel.problem(host, port, username, password, saved, GERMAN);
    }

    @Test
    void completeMailboxPasses() {
        assertThat(problem("imap.muster.de", 993, "bounces", "geheim", false)).isNull();
    }

    @Test
    void savedPasswordMayStayEmpty() {
        assertThat(problem("imap.muster.de", 143, "bounces", "", true)).isNull();
    }

    @Test
    void firstSaveNeedsPassword() {
        assertThat(problem("imap.muster.de", 993, "bounces", "", false))
                .isEqualTo("Das IMAP-Passwort fehlt. Beim ersten Speichern ist es nötig.");
    }

    @Test
    void missingHostIsNamed() {
        assertThat(problem("  ", 993, "bounces", "geheim", false)).startsWith("Der IMAP-Server fehlt.");
    }

    @Test
    void portOutsideRangeIsNamed() {
        assertThat(problem("imap.muster.de", 0, "bounces", "geheim", false)).startsWith("Der Port muss");
        assertThat(problem("imap.muster.de", 65536, "bounces", "geheim", false)).startsWith("Der Port muss");
        assertThat(problem("imap.muster.de", null, "bounces", "geheim", false)).startsWith("Der Port muss");
    }

    @Test
    void missingUserIsNamed() {
        assertThat(problem("imap.muster.de", 993, "", "geheim", false)).isEqualTo("Der IMAP-Benutzer fehlt.");
    }

    @Test
    void passwordMissingInEnglish() {
        assertThat(BounceMailboxPanel.problem("imap.muster.de", 993, "bounces", null, false, TestTexts.texts("en")))
                .isEqualTo("The IMAP password is missing. It is needed on the first save.");
    }
}
