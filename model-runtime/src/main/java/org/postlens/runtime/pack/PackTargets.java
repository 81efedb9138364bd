package org.postlens.runtime.pack;

import java.util.regex.Pattern;

/** What a pack's target may be: one short word, so that it reads well in a column name and in an export key. */
public final class PackTargets {

    public static final String RULE = "must be lower-case letters, digits, '-' or '_' (e.g. abortion, climate-change)";

    private static final Pattern VALID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}][\\p{Ll}\\p{Lo}\\p{Nd}_-]*");

    private PackTargets() {
    }

    public static boolean isValid(String target) {
        return target != null && VALID.matcher(target).matches();
    }
}
