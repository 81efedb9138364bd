package org.postlens.app.cli;

import java.io.PrintWriter;
import org.postlens.app.jobs.ProgressMeter;

/**
 * Progress of work that runs in named stages (features, vectors, epochs…): a live line on a terminal through
 * {@link TerminalProgress}, and otherwise one stderr line as each stage starts, so that logs show where it is.
 */
final class StageProgress {

    private final PrintWriter err;
    private final TerminalProgress terminal;
    private final boolean onTerminal;
    private String stage;
    private ProgressMeter meter;

    StageProgress(PrintWriter err, String unit) {
        this.err = err;
        this.onTerminal = System.console() != null;
        this.terminal = TerminalProgress.onTerminal(err, unit);
    }

    synchronized void report(String name, long done, long total) {
        if (!name.equals(stage)) {
            stage = name;
            meter = new ProgressMeter(name, total, terminal);
            if (!onTerminal) {
                err.printf("%s: %,d items%n", name, total);
                err.flush();
            }
        }
        meter.setTotal(total);
        if (done >= total) {
            meter.finish(done);
        } else {
            meter.update(done);
        }
    }

    void done() {
        terminal.done();
    }
}
