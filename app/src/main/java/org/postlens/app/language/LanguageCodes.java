package org.postlens.app.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the language values that exports carry ("en", "EN-us", "pt_BR", "eng", "fre", "English", "français",
 * "العربية") into ISO 639-1 codes. Values that say "no language" (Twitter's "und", "zxx", "qme", ...) give null,
 * so that the post's language is detected instead.
 */
public final class LanguageCodes {

    private static final Set<String> UNDETERMINED = Set.of("und", "zxx", "mul", "mis", "qme", "qht", "qam", "qct",
            "qst", "art", "unknown", "none", "null", "n/a", "na", "-", "?", "xx");
    /** ISO 639-2 bibliographic codes, which Java's locales do not list. */
    private static final Map<String, String> BIBLIOGRAPHIC = Map.ofEntries(Map.entry("fre", "fr"),
            Map.entry("ger", "de"), Map.entry("dut", "nl"), Map.entry("chi", "zh"), Map.entry("per", "fa"),
            Map.entry("cze", "cs"), Map.entry("gre", "el"), Map.entry("rum", "ro"), Map.entry("slo", "sk"),
            Map.entry("alb", "sq"), Map.entry("arm", "hy"), Map.entry("baq", "eu"), Map.entry("bur", "my"),
            Map.entry("geo", "ka"), Map.entry("ice", "is"), Map.entry("mac", "mk"), Map.entry("mao", "mi"),
            Map.entry("may", "ms"), Map.entry("tib", "bo"), Map.entry("wel", "cy"));
    /** Codes Java and old exports still use for languages that have since been given new ones. */
    private static final Map<String, String> RENAMED = Map.of("iw", "he", "in", "id", "ji", "yi");
    private static final Map<String, String> BY_THREE_LETTERS = new HashMap<>();
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(code);
            String iso1 = RENAMED.getOrDefault(code, code);
            try {
                BY_THREE_LETTERS.put(locale.getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // a two-letter code without a three-letter one: nothing to add
            }
            BY_NAME.putIfAbsent(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso1);
            BY_NAME.putIfAbsent(locale.getDisplayLanguage(locale).toLowerCase(locale), iso1);
        }
        BY_THREE_LETTERS.putAll(BIBLIOGRAPHIC);
    }

    private LanguageCodes() {
    }

    /** The ISO 639-1 code (or, for languages without one, the code as given, lower case); null when none. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || UNDETERMINED.contains(trimmed)) {
            return null;
        }
        String named = BY_NAME.get(trimmed);
        if (named != null) {
            return named;
        }
        int separator = indexOfSeparator(trimmed);
        String primary = separator < 0 ? trimmed : trimmed.substring(0, separator);
        if (UNDETERMINED.contains(primary) || !primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        if (primary.length() == 2) {
            return RENAMED.getOrDefault(primary, primary);
        }
        if (primary.length() == 3) {
            return BY_THREE_LETTERS.getOrDefault(primary, primary);
        }
        return BY_NAME.get(primary);
    }

    /** "English" for "en"; the code itself when Java knows no name for it. */
    public static String displayName(String code) {
        if (code == null) {
            return "Unknown";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    private static int indexOfSeparator(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' || c == '_' || c == ' ' || c == '.') {
                return i;
            }
        }
        return -1;
    }
}
