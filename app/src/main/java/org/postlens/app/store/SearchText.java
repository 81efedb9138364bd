package org.postlens.app.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normalisation applied both to indexed text and to search queries, so that what the user types
 * matches however the post was written. FTS5's unicode61 tokenizer already folds case and Latin diacritics;
 * this adds what it does not: Unicode compatibility forms, Arabic short vowels (tashkeel), tatweel and
 * letter variants, and the Devanagari nukta.
 */
public final class SearchText {

    private static final Pattern QUERY_PART = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern TOKEN_CHARS = Pattern.compile("[\\p{L}\\p{N}\\p{M}\\p{Co}]+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isBelowCombiningMarks(text)) {
            return text; // Latin-1 and ASCII: nothing to fold that unicode61 does not fold itself
        }
        // NFKC unifies compatibility forms and splits the Devanagari nukta letters (they are excluded from
        // composition), so one pass over the result can drop the marks we ignore and fold Arabic letter variants.
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (!isIgnoredMark(c)) {
                out.append(foldArabicLetter(c));
            }
        }
        return out.toString();
    }

    private static boolean isBelowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** Arabic short vowels and Quranic marks, tatweel, and the Devanagari nukta. */
    private static boolean isIgnoredMark(char c) {
        return (c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED') || c == '\u0640' || c == '\u093C';
    }

    private static char foldArabicLetter(char c) {
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627'; // alef with madda / hamza / wasla -> bare alef
            case '\u0649' -> '\u064A'; // alef maksura -> yeh
            case '\u0629' -> '\u0647'; // teh marbuta -> heh
            default -> c;
        };
    }

    /**
     * Turns what a user typed into an FTS5 MATCH expression: words are ANDed, "quoted phrases" stay phrases,
     * a trailing {@code *} asks for a prefix; FTS5 operators typed by accident are treated as plain words.
     *
     * @return the expression, or {@code null} when the query has no searchable characters
     */
    public static String toMatchExpression(String query) {
        if (query == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        Matcher part = QUERY_PART.matcher(normalize(query));
        while (part.find()) {
            boolean phrase = part.group(1) != null;
            String raw = phrase ? part.group(1) : part.group(2);
            boolean prefix = !phrase && raw.endsWith("*");
            List<String> tokens = tokens(raw);
            if (tokens.isEmpty()) {
                continue;
            }
            String term = '"' + String.join(" ", tokens) + '"';
            terms.add(prefix ? term + " *" : term);
        }
        return terms.isEmpty() ? null : String.join(" AND ", terms);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN_CHARS.matcher(text);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
    }
}
