package de.debitum.dunning.policy;

/** The channel by which a dunning notice of a level reaches the debtor. */
public enum DeliveryChannel {
    EMAIL,
    POST,
    EMAIL_AND_POST
}
