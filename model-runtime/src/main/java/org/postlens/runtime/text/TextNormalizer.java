package org.postlens.runtime.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalisation n-gram models see, at training and at serving time: Unicode NFKC, lower case
 * (locale-independent), web links to {@code http} and user mentions to {@code @user} as TweetEval writes
 * them (so a model trained on TweetEval reads raw posts the same way), white space collapsed.
 */
public final class TextNormalizer {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_])@[\\p{L}\\p{N}_]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TextNormalizer() {}

    public static String normalize(String text) {
        String folded = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC); // ASCII is its own NFKC
        folded = folded.toLowerCase(Locale.ROOT);
        if (folded.contains("http") || folded.contains("www.")) {
            folded = URL.matcher(folded).replaceAll("http");
        }
        if (folded.indexOf('@') >= 0) {
            folded = MENTION.matcher(folded).replaceAll("@user");
        }
        return SPACE.matcher(folded).replaceAll(" ").strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
