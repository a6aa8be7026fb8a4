/**
 * Delivery of documents to debtors through the outbox: e-mail over the tenant's SMTP server, post
 * through a print-and-mail provider, and print batches that the tenant prints itself.
 *
 * {@link de.debitum.output.DeliveryFeedback} reads bounces and the post provider's letter states
 * back as failed deliveries.
 *
 * <p>Entry point: {@link de.debitum.output.OutputService}.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package de.debitum.output;
