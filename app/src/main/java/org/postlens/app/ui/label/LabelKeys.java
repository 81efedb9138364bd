package org.postlens.app.ui.label;

import java.util.Locale;
import org.postlens.app.domain.SchemaDraft;

/**
 * The key that picks each label: 1-9 and 0 for the first ten, then a, b, c… (as many as a schema may have). The
 * view's other actions are on arrows, Space, Enter and modifier keys, so no label key clashes with them.
 */
public final class LabelKeys {

    static final String KEYS = "1234567890abcdefghijklmnopqrstuvwxyz";

    static {
        if (KEYS.length() < SchemaDraft.MAX_LABELS) {
            throw new IllegalStateException("fewer label keys than labels a schema may have");
        }
    }

    private LabelKeys() {
    }

    /** The key shown beside the label at {@code index}. */
    public static String keyFor(int index) {
        return String.valueOf(KEYS.charAt(index));
    }

    /** The index of the label this typed key picks among {@code labelCount} labels; -1 for none. */
    public static int indexOf(String typed, int labelCount) {
        if (typed == null || typed.length() != 1) {
            return -1;
        }
        int index = KEYS.indexOf(typed.toLowerCase(Locale.ROOT).charAt(0));
        return index < labelCount ? index : -1;
    }
}
