package org.postlens.app.embed;

import java.nio.file.Path;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.ModelRuntimeException;
import org.postlens.runtime.TextEncoder;

/** Opens the shipped sentence encoder: the one place the app names a concrete encoder. */
public final class TextEncoders {

    private TextEncoders() {
    }

    /**
     * @param appCacheDir the app's cache dir; the model and DJL's native libraries go under {@code djl/} in it
     *     (copied from the app's own jars, never downloaded)
     * @throws EncoderUnavailableException when the encoder cannot be opened here, e.g. a GPU was required and
     *     none is usable
     */
    public static TextEncoder open(Path appCacheDir, DevicePreference device) {
        try {
            return MiniLmTextEncoder.open(appCacheDir.resolve("djl"), device);
        } catch (ModelRuntimeException e) {
            throw new EncoderUnavailableException(e.getMessage(), e);
        }
    }
}
