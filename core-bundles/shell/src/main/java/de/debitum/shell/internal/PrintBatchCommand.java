package de.debitum.shell.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.model.TenantId;
import de.debitum.output.OutputException;
import de.debitum.output.OutputService;
import de.debitum.output.PrintBatch;

/** Writes the print letters of a run into one PDF file and marks them as sent. */
@Command(scope = "debitum", name = "print-batch",
        description = "Writes all print letters of a run into one PDF, e.g. print-batch muster-gmbh run-2026-12-04 /tmp/briefe.pdf")
@Service
public class PrintBatchCommand implements Action {

    @Reference
    private OutputService output;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "run", required = true, description = "Run key, as debitum:outbox shows it")
    private String run;

    @Argument(index = 2, name = "file", required = true, description = "PDF file to write; it must not exist yet")
    private String file;

    @Override
    public Object execute() throws IOException {
        Path target = Path.of(file).toAbsolutePath();
        if (Files.exists(target)) {
            throw new IllegalArgumentException("File " + target + " exists already. Choose a new file name.");
        }
        PrintBatch batch;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            batch = output.printBatch(TenantId.of(tenant), run, out);
        } catch (OutputException e) {
            Files.deleteIfExists(target);
            throw new IllegalArgumentException(e.bilingualMessage(), e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        System.out.println("Print batch " + batch.batchId() + " written to " + target + ": " + batch.entryIds().size()
                + " letters, " + batch.pages() + " pages.");
        return null;
    }
}
