package de.debitum.output.internal.delivery;

import java.lang.annotation.Annotation;

import de.debitum.output.internal.feedback.DefaultDeliveryFeedback;

/** The feedback component's default configuration, with a timeout of 5 s. */
final class FeedbackConfig implements DefaultDeliveryFeedback.Config {

    @Override
    public Class<? extends Annotation> annotationType() {
        return DefaultDeliveryFeedback.Config.class;
    }

    @Override
    public int pollIntervalSeconds() {
        return 300;
    }

    @Override
    public int maxMessagesPerPoll() {
        return 200;
    }

    @Override
    public int postStatusDays() {
        return 30;
    }

    @Override
    public String postFailureStates() {
        return "rejected,failed,invalid,undeliverable,cancelled";
    }

    @Override
    public int timeoutSeconds() {
        return 5;
    }
}
