package org.postlens.app.ui.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs everything on the calling thread, for ViewModel tests. Scheduled actions wait until
 * {@link #runScheduled()} so that tests can check debouncing without sleeping.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public void runInBackground(Runnable work) {
        work.run();
    }

    @Override
    public void runOnUi(Runnable update) {
        update.run();
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable action) {
        Runnable[] holder = {action};
        scheduled.add(() -> {
            if (holder[0] != null) {
                holder[0].run();
            }
        });
        return () -> holder[0] = null;
    }

    /** Runs the actions scheduled so far (those not cancelled); returns how many were pending, cancelled or not. */
    public int runScheduled() {
        List<Runnable> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
        return due.size();
    }
}
