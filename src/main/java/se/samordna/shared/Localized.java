package se.samordna.shared;

import java.util.Locale;

/** Something that says itself in a given language: a {@link Text} argument of this kind is rendered in the text's language. */
@FunctionalInterface
public interface Localized {

    String in(Locale locale);
}
