package org.postlens.app.embed;

import java.nio.file.Path;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.TextEncoder;

/** The shipped encoder for end-to-end tests, on the CPU (it is in the build: a failure to open is a failure). */
public final class RealTextEncoder {

    /** Shared by the tests so the model files are unpacked once per build, inside target/. */
    public static final Path TEST_HOME = Path.of("target", "embed-test-home").toAbsolutePath();

    private RealTextEncoder() {
    }

    public static TextEncoder open() {
        return TextEncoders.open(TEST_HOME.resolve("cache"), DevicePreference.CPU);
    }
}
