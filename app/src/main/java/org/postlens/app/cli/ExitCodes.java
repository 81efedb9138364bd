package org.postlens.app.cli;

/** Exit codes of the {@code postlens} command. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Nothing was done: no post could be imported, or an operation failed. */
    public static final int FAILED = 1;
    /** Wrong usage: an unknown option, a missing parameter. */
    public static final int USAGE = 2;
    /** The user cancelled (Ctrl-C). */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
