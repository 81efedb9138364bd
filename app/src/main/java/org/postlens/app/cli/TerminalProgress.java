package org.postlens.app.cli;

import java.io.PrintWriter;
import org.postlens.app.jobs.Progress;
import org.postlens.app.jobs.ProgressListener;

/**
 * Progress on one self-overwriting line of stderr, only when stderr is an interactive terminal, so that
 * redirected output and logs stay clean.
 */
final class TerminalProgress implements ProgressListener {

    private final PrintWriter err;
    private final String unit;
    private final boolean enabled;
    private int lastLength;

    private TerminalProgress(PrintWriter err, String unit, boolean enabled) {
        this.err = err;
        this.unit = unit;
        this.enabled = enabled;
    }

    /** Shows progress when the process runs in a terminal; silent otherwise. */
    static TerminalProgress onTerminal(PrintWriter err, String unit) {
        return new TerminalProgress(err, unit, System.console() != null);
    }

    @Override
    public void progress(Progress progress) {
        if (!enabled) {
            return;
        }
        String line = progress.message() + ": " + progress.describe(unit);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** Ends the progress line so the next output starts on a fresh line. */
    void done() {
        if (enabled && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
