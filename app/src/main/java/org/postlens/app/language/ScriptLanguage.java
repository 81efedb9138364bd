package org.postlens.app.language;

/**
 * The language a post of unknown language is routed as, from the script most of its letters are written in:
 * Arabic script is "ar" (unless it has the letters of Persian or Urdu), Devanagari "hi", Latin "en".
 */
public final class ScriptLanguage {

    private ScriptLanguage() {
    }

    /** The language the text's main script suggests, or null when it has no letters or no script wins. */
    public static String guess(String text) {
        return switch (ScriptCount.of(text).majority()) {
            case ARABIC -> "ar";
            case DEVANAGARI -> "hi";
            case LATIN -> "en";
            case OTHER -> null;
        };
    }
}
