package org.postlens.app.annotate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Labels given per minute since a labelling session began. */
public final class Throughput {

    private final Clock clock;
    private final Instant started;
    private int labels;

    public Throughput(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    public void labelled() {
        labels++;
    }

    /** An undone label does not count. */
    public void undone() {
        labels = Math.max(0, labels - 1);
    }

    public int labels() {
        return labels;
    }

    /** Labels per minute over the session so far; 0 before the first label. */
    public double perMinute() {
        if (labels == 0) {
            return 0;
        }
        double minutes = Math.max(1, Duration.between(started, clock.instant()).toMillis()) / 60_000.0;
        return labels / minutes;
    }
}
