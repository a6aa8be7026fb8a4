package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.InstanceState;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.DocumentStore;
import de.debitum.api.store.TenantStore;

/**
 * The shipped e-invoice mailbox connector reads a mail from an IMAP server (GreenMail, started in
 * the test JVM on 127.0.0.1) inside Karaf, where Jakarta Mail must find its IMAP provider through
 * the bundles, and stores the attached invoice.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EInvoiceMailboxIT {

    private static final String PORT_PROPERTY = "debitum.itest.imapPort";
    private static final String USER = "rechnungseingang";
    private static final String PASSWORD = "Geheim-4711";

    @Inject
    private BootFinished bootFinished;

    @Inject
    private ConnectorHostService host;

    @Inject
    private TenantStore tenants;

    @Inject
    private DocumentStore documents;

    @Configuration
    public Option[] config() throws Exception {
        int port = TestImapServer.startWithInvoiceMail(USER, PASSWORD);
        List<Option> options = new ArrayList<>(List.of(DistributionOptions.boot()));
        options.add(editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, String.valueOf(port)));
        return options.toArray(Option[]::new);
    }

    @Test
    public void mailedInvoiceIsStoredOnce() throws Exception {
        TenantId tenant = TenantId.of("mail-gmbh");
        tenants.create(tenant, "Mail GmbH");
        String port = System.getProperty(PORT_PROPERTY);

        host.configure(tenant, "mail-gmbh.mailbox", "einvoice-mailbox", Map.of("mode", "imap", "imap.host", "127.0.0.1",
                "imap.port", port, "imap.user", USER, "imap.password", PASSWORD, "imap.tls", "false",
                "pollInterval", "PT1S"), true);

        awaitTrue("invoice TEST-2024-0042 stored", () -> documents.findByExternalId(tenant, "einvoice",
                "380:TEST-2024-0042").isPresent());
        assertTrue("connection test", host.testConnection(tenant, "mail-gmbh.mailbox").successful());
        Thread.sleep(3_000);
        host.setEnabled(tenant, "mail-gmbh.mailbox", false);
        awaitTrue("instance disabled", () -> host.statuses(tenant).get(0).state() == InstanceState.DISABLED);

        Optional<ReceivableDocument> stored = documents.findByExternalId(tenant, "einvoice", "380:TEST-2024-0042");
        assertEquals("TEST-2024-0042", stored.orElseThrow().data().number());
        assertTrue("stored from a safe source", stored.get().data().safeSource());
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 90 s waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
