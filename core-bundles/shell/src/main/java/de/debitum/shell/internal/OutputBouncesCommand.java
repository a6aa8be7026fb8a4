package de.debitum.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import de.debitum.api.model.TenantId;
import de.debitum.output.BounceMailboxSettings;
import de.debitum.output.DeliveryFeedback;
import de.debitum.output.OutputException;
import de.debitum.output.TlsMode;

/**
 * Saves a tenant's bounce mailbox, the IMAP account whose bounces mark sent e-mails as failed. The
 * password is read at a prompt and stored encrypted; without {@code --password} the stored one is kept.
 */
@Command(scope = "debitum", name = "output-bounces",
        description = "Sets the IMAP mailbox that receives a tenant's bounces, e.g. output-bounces --password muster imap.muster.de 993 bounces")
@Service
public class OutputBouncesCommand implements Action {

    @Reference
    private DeliveryFeedback feedback;

    @Reference
    private Session session;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "host", required = true, description = "IMAP server host name")
    private String host;

    @Argument(index = 2, name = "port", required = true, description = "IMAP port, usually 993 (TLS) or 143 (STARTTLS)")
    private int port;

    @Argument(index = 3, name = "user", required = true, description = "IMAP login")
    private String user;

    @Option(name = "--tls", description = "TLS (default), STARTTLS or NONE")
    private String tls = "TLS";

    @Option(name = "--folder", description = "Folder to read, default INBOX")
    private String folder = "INBOX";

    @Option(name = "--password", description = "Ask for the IMAP password")
    private boolean askPassword;

    @Override
    public Object execute() throws Exception {
        String password = askPassword ? session.readLine("IMAP password: ", '*') : null;
        try {
            feedback.configureBounceMailbox(TenantId.of(tenant), new BounceMailboxSettings(host, port,
                    Choices.parse(TlsMode.class, "--tls", tls), user, password, folder));
        } catch (OutputException e) {
            throw new IllegalArgumentException(e.bilingualMessage(), e);
        }
        System.out.println("Bounce mailbox of " + tenant + " saved" + (password == null ? " (password unchanged)." : "."));
        return null;
    }
}
