package org.postlens.app.jobs;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Turns "items done" counts into {@link Progress} reports with rate and ETA, at most a few per second so
 * that a UI listener is not flooded.
 */
public final class ProgressMeter {

    private static final long REPORT_INTERVAL_NANOS = 100_000_000L;

    private final String message;
    private final ProgressListener listener;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long total;
    private long lastReportNanos;

    public ProgressMeter(String message, long total, ProgressListener listener) {
        this(message, total, listener, System::nanoTime);
    }

    ProgressMeter(String message, long total, ProgressListener listener, LongSupplier nanoClock) {
        this.message = message;
        this.total = total;
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastReportNanos = Long.MIN_VALUE;
    }

    public void setTotal(long total) {
        this.total = total;
    }

    /** Reports when enough time has passed since the last report. */
    public void update(long done) {
        long now = nanoClock.getAsLong();
        if (lastReportNanos != Long.MIN_VALUE && now - lastReportNanos < REPORT_INTERVAL_NANOS) {
            return;
        }
        lastReportNanos = now;
        listener.progress(snapshot(done, now));
    }

    /** Always reports: for the last count of a job. */
    public void finish(long done) {
        listener.progress(snapshot(done, nanoClock.getAsLong()));
    }

    private Progress snapshot(long done, long now) {
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        Duration eta = null;
        if (total > 0 && rate > 0 && done <= total) {
            eta = Duration.ofMillis((long) ((total - done) / rate * 1000));
        }
        return new Progress(message, done, total, rate, eta);
    }
}
