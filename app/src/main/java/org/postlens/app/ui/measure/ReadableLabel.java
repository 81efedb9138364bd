package org.postlens.app.ui.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A label as a reader can tell it apart on any machine: a label of words as it is; a label of symbols only (the
 * emoji task's 😂, 🇺🇸) followed by its Unicode name, because many newsroom machines have no emoji font and
 * would draw the same empty box for all twenty.
 */
public final class ReadableLabel {

    private static final int VARIATION_SELECTOR_16 = 0xFE0F;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int REGIONAL_A = 0x1F1E6;
    private static final int REGIONAL_Z = 0x1F1FF;

    private ReadableLabel() {
    }

    public static String of(String label) {
        String name = symbolName(label);
        return name == null ? label : label + "  " + name;
    }

    /** The Unicode name of a label made only of symbols ("face with tears of joy", "flag US"); null otherwise. */
    static String symbolName(String label) {
        if (label == null || label.isBlank() || label.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return null;
        }
        List<String> words = new ArrayList<>();
        StringBuilder flag = new StringBuilder();
        for (int cp : label.codePoints().toArray()) {
            if (cp >= REGIONAL_A && cp <= REGIONAL_Z) {
                flag.append((char) ('A' + cp - REGIONAL_A));
                continue;
            }
            if (cp == VARIATION_SELECTOR_16 || cp == ZERO_WIDTH_JOINER || Character.isWhitespace(cp)) {
                continue;
            }
            String name = Character.getName(cp);
            if (name != null) {
                words.add(name.toLowerCase(Locale.ROOT));
            }
        }
        if (flag.length() > 0) {
            words.add(0, "flag " + flag);
        }
        return words.isEmpty() ? null : String.join(" + ", words);
    }
}
