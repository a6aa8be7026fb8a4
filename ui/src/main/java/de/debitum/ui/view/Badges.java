package de.debitum.ui.view;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels for states in grids. */
final class Badges {

    /** The colour of a badge: green for done, red for what needs a person, grey for the rest. */
    enum Tone {
        SUCCESS("var(--lumo-success-text-color)", "var(--lumo-success-color-10pct)"),
        ERROR("var(--lumo-error-text-color)", "var(--lumo-error-color-10pct)"),
        NEUTRAL("var(--lumo-body-text-color)", "var(--lumo-contrast-10pct)");

        private final String color;
        private final String background;

        Tone(String color, String background) {
            this.color = color;
            this.background = background;
        }
    }

    private Badges() {
    }

    static Span badge(String text, Tone tone) {
        Span badge = new Span(text);
        // Inline colours: a theme or the Lumo badge styles would force a frontend build.
        badge.getStyle().set("color", tone.color).set("background", tone.background)
                .set("padding", "0.2em 0.6em").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        return badge;
    }
}
