package org.postlens.app.embed;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.postlens.runtime.TextEncoder;

/** The shipped encoder for end-to-end tests, or a skip with the reason when this build cannot open it. */
public final class RealTextEncoder {

    /** Shared by the tests so the model files are unpacked once per build, inside target/. */
    public static final Path TEST_HOME = Path.of("target", "embed-test-home").toAbsolutePath();

    private RealTextEncoder() {
    }

    public static TextEncoder openOrSkip() {
        try {
            return TextEncoders.open(TEST_HOME.resolve("cache"), DeviceChoice.CPU);
        } catch (EncoderUnavailableException e) {
            Assumptions.abort("no text encoder here: " + e.getMessage());
            throw e;
        }
    }
}
