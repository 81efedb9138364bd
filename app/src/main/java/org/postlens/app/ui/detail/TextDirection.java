package org.postlens.app.ui.detail;

/**
 * Whether a text reads right to left: more strong right-to-left letters (Arabic, Hebrew, Syriac, Thaana…)
 * than strong left-to-right ones. Digits, punctuation and emoji count for neither, and URLs, @mentions and
 * #hashtags are skipped, so an Arabic post with an English hashtag and a link still reads right to left.
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
        String sample = text.length() > 2_000 ? text.substring(0, 2_000) : text;
        for (String token : sample.split("\\s+")) {
            if (token.startsWith("http") || token.startsWith("www.") || token.startsWith("@") || token.startsWith("#")) {
                continue;
            }
            for (int i = 0; i < token.length(); ) {
                int codePoint = token.codePointAt(i);
                switch (Character.getDirectionality(codePoint)) {
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> rtl++;
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
                    default -> { }
                }
                i += Character.charCount(codePoint);
            }
        }
        return rtl > ltr;
    }
}
