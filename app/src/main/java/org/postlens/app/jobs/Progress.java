package org.postlens.app.jobs;

import java.time.Duration;

/**
 * How far a job has come: items done out of total (total 0 when unknown), the rate so far and the time left.
 */
public record Progress(String message, long done, long total, double itemsPerSecond, Duration eta) {

    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }

    /** For a status bar: "12,000 / 50,000 rows · 48,000 rows/s · 1 s left". */
    public String describe(String unit) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%,d", done));
        if (total > 0) {
            text.append(String.format(" / %,d", total));
        }
        text.append(' ').append(unit);
        if (itemsPerSecond > 0) {
            text.append(String.format(" · %,.0f %s/s", itemsPerSecond, unit));
        }
        if (eta != null) {
            long seconds = Math.max(0, eta.toSeconds());
            text.append(seconds >= 60 ? String.format(" · %d min %02d s left", seconds / 60, seconds % 60)
                    : String.format(" · %d s left", seconds));
        }
        return text.toString();
    }
}
