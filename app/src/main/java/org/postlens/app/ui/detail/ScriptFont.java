package org.postlens.app.ui.detail;

/**
 * The font family to show a text in, chosen by its main script. JavaFX measures a line with the metrics of the
 * font it was asked for, even where the glyphs come from a fallback font: Arabic or Devanagari set in "Noto Sans"
 * (which has neither) is measured too narrow, so wrapped lines run past the edge of the pane. Asking for the
 * font that covers the script keeps the measure and the drawing in agreement.
 */
public final class ScriptFont {

    public static final String ARABIC = "Noto Sans Arabic";
    public static final String DEVANAGARI = "Noto Sans Devanagari";
    public static final String HEBREW = "Noto Sans Hebrew";

    private ScriptFont() {
    }

    /** The family for the script most letters of {@code text} are in; null for Latin and anything else. */
    public static String familyFor(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int arabic = 0;
        int devanagari = 0;
        int hebrew = 0;
        int other = 0;
        String sample = text.length() > 2_000 ? text.substring(0, 2_000) : text;
        for (int i = 0; i < sample.length(); ) {
            int codePoint = sample.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            switch (Character.UnicodeScript.of(codePoint)) {
                case ARABIC -> arabic++;
                case DEVANAGARI -> devanagari++;
                case HEBREW -> hebrew++;
                default -> other++;
            }
        }
        int most = Math.max(other, Math.max(arabic, Math.max(devanagari, hebrew)));
        if (most == 0 || most == other) {
            return null;
        }
        return most == arabic ? ARABIC : most == devanagari ? DEVANAGARI : HEBREW;
    }
}
