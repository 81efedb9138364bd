package org.postlens.app.analysis;

/**
 * A stand-in for language detection, for posts whose language is unknown: the script most of the letters are
 * written in names the language our models read in it (Arabic script: "ar", Devanagari: "hi", Latin: "en").
 */
final class ScriptLanguage {

    private ScriptLanguage() {
    }

    /** The language the text's main script suggests, or null when it has no letters or another script wins. */
    static String guess(String text) {
        int letters = 0;
        int latin = 0;
        int arabic = 0;
        int devanagari = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(codePoint)) {
                case LATIN -> latin++;
                case ARABIC -> arabic++;
                case DEVANAGARI -> devanagari++;
                default -> { }
            }
        }
        if (letters == 0) {
            return null;
        }
        if (latin * 2 > letters) {
            return "en";
        }
        if (arabic * 2 > letters) {
            return "ar";
        }
        return devanagari * 2 > letters ? "hi" : null;
    }
}
