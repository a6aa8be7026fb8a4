package de.debitum.dunning.policy;

/** How a dunning notice of a level reaches the debtor. */
public enum DeliveryChannel {
    EMAIL,
    POST,
    EMAIL_AND_POST
}
