package de.debitum.ui.view;

import java.io.Serializable;

/** Looks up a UI text by key and fills in its parameters, as {@code Component.getTranslation} does. */
@FunctionalInterface
interface Texts extends Serializable {

    String get(String key, Object... params);
}
