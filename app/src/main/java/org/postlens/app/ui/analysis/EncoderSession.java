package org.postlens.app.ui.analysis;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.TextEncoder;

/**
 * The app's one sentence encoder: opened on first use (a second or two, so always off the FX thread), kept for
 * the rest of the session, reopened only when the user picks another device, closed on exit.
 */
public final class EncoderSession implements AutoCloseable {

    /** Opens an encoder on a device; throws {@code EncoderUnavailableException} with a plain message when it cannot. */
    @FunctionalInterface
    public interface Opener {
        TextEncoder open(DevicePreference device);
    }

    private final Opener opener;
    private final ObjectProperty<DevicePreference> device = new SimpleObjectProperty<>(DevicePreference.AUTO);
    private TextEncoder encoder;
    private DevicePreference openedFor;
    private boolean closed;

    public EncoderSession(Opener opener) {
        this.opener = opener;
    }

    /** The device the user chose (Analyse ▸ Device); read it on the FX thread and pass it to {@link #encoder}. */
    public ObjectProperty<DevicePreference> deviceProperty() {
        return device;
    }

    /** The open encoder for {@code preference}, opening it (or reopening on another device) first. Blocking. */
    public synchronized TextEncoder encoder(DevicePreference preference) {
        if (closed) {
            throw new IllegalStateException("the app is closing");
        }
        if (encoder != null && openedFor == preference) {
            return encoder;
        }
        if (encoder != null) {
            encoder.close();
            encoder = null;
        }
        encoder = opener.open(preference);
        openedFor = preference;
        return encoder;
    }

    public synchronized boolean isOpen() {
        return encoder != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (encoder != null) {
            encoder.close();
            encoder = null;
        }
    }
}
