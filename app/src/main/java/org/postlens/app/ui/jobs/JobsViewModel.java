package org.postlens.app.ui.jobs;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.postlens.app.jobs.Progress;

/**
 * The job shown in the status bar: "Importing tweets.csv — 12,000 / 50,000 rows · 48,000 rows/s · 1 s left"
 * with a Cancel button. One job at a time runs from the UI; starting another while one runs is refused by callers.
 */
public final class JobsViewModel {

    private final StringProperty text = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private BackgroundTask<?> current;
    private String title = "";
    private String unit = "items";

    /** Shows {@code task} as the running job; call before {@link BackgroundTask#start}. */
    public void track(String jobTitle, String progressUnit, BackgroundTask<?> task) {
        current = task;
        notice.set("");
        title = jobTitle;
        unit = progressUnit;
        text.set(jobTitle + " — starting…");
        fraction.set(-1);
        running.set(true);
    }

    /** Call with each progress report (on the UI thread). */
    public void progress(Progress progress) {
        text.set(title + " — " + progress.describe(unit));
        fraction.set(progress.fraction());
    }

    /** Call when the tracked task has ended, whatever the outcome. */
    public void finished() {
        current = null;
        running.set(false);
        text.set("");
        fraction.set(0);
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
            text.set(title + " — cancelling…");
        }
    }

    /** A line left in the status bar after a job, e.g. "Embedded 350 posts · all-MiniLM-L6-v2 on cpu". */
    public void notice(String line) {
        notice.set(line == null ? "" : line);
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }
}
