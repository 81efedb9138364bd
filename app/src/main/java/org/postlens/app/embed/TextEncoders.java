package org.postlens.app.embed;

import java.nio.file.Path;
import org.postlens.runtime.TextEncoder;

/** Opens the shipped sentence encoder: the one place the app names a concrete encoder. */
public final class TextEncoders {

    private TextEncoders() {
    }

    /**
     * @param cacheDir where the runtime may unpack the model and native libraries (never downloads)
     * @throws EncoderUnavailableException when no encoder can be opened here
     */
    public static TextEncoder open(Path cacheDir, DeviceChoice device) {
        throw new EncoderUnavailableException("This build of Postlens has no text encoder yet.");
    }
}
