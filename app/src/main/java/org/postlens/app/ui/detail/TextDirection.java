package org.postlens.app.ui.detail;

/**
 * Whether a text reads right to left: more strong right-to-left letters (Arabic, Hebrew, Syriac, Thaana…)
 * than strong left-to-right ones. Digits, punctuation, emoji and @handles count for neither, so an Arabic post
 * with an English hashtag and a URL still reads right to left.
 */
public final class TextDirection {

    private TextDirection() {
    }

    public static boolean isMainlyRightToLeft(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        int rtl = 0;
        int ltr = 0;
        int limit = Math.min(text.length(), 2_000);
        for (int i = 0; i < limit; ) {
            int codePoint = text.codePointAt(i);
            switch (Character.getDirectionality(codePoint)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> rtl++;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
                default -> { }
            }
            i += Character.charCount(codePoint);
        }
        return rtl > ltr;
    }
}
