package org.postlens.app.ui.analysis;

import org.postlens.app.analysis.TaskModels;
import org.postlens.runtime.DevicePreference;

/**
 * The task models of one main window: opened on first use (off the FX thread), kept for the analyse job and for
 * explaining predictions, reopened when the device changes or the model folders do ({@link #reset}), closed with
 * the window.
 */
public final class TaskModelSession implements AutoCloseable {

    /** Opens every usable task pack on a device. */
    @FunctionalInterface
    public interface Opener {
        TaskModels open(DevicePreference device) throws Exception;
    }

    private final Opener opener;
    private TaskModels models;
    private DevicePreference openedFor;
    private boolean closed;

    public TaskModelSession(Opener opener) {
        this.opener = opener;
    }

    /** A session without packs: the analyse action says there are none. */
    public static TaskModelSession none() {
        return new TaskModelSession(device -> {
            throw new IllegalStateException("No task model packs in this window.");
        });
    }

    /** The open models for {@code device}, opening them first when needed. Blocking. */
    public synchronized TaskModels models(DevicePreference device) throws Exception {
        if (closed) {
            throw new IllegalStateException("the window is closing");
        }
        if (models != null && openedFor == device) {
            return models;
        }
        reset();
        models = opener.open(device);
        openedFor = device;
        return models;
    }

    /** Closes the open models; the next use opens them again (after Analyse ▸ Models changed the folders). */
    public synchronized void reset() {
        if (models != null) {
            models.close();
            models = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        reset();
    }
}
