package org.postlens.app.domain;

/**
 * Names of what predictions are stored under: a task ({@code sentiment}) or, for a task with one model per target,
 * task and target ({@code stance:abortion}, as the pack's task key makes it).
 */
public final class TaskKeys {

    private static final String SEPARATOR = ":";

    private TaskKeys() {
    }

    /** The task a key belongs to: {@code stance} for {@code stance:abortion}. */
    public static String task(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? key : key.substring(0, at);
    }

    /** For people: {@code stance · abortion}. */
    public static String display(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? key : key.substring(0, at) + " \u00B7 " + key.substring(at + SEPARATOR.length());
    }

    /** For a node id, where a colon would read as a pseudo-class in a lookup: {@code stance-abortion}. */
    public static String nodeId(String key) {
        return key.replace(SEPARATOR, "-");
    }
}
