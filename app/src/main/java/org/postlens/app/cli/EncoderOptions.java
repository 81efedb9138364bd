package org.postlens.app.cli;

import org.postlens.app.embed.EncoderUnavailableException;
import org.postlens.app.embed.TextEncoders;
import org.postlens.app.settings.AppDirectories;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.TextEncoder;
import picocli.CommandLine.Option;

/** {@code --device}: shared by the commands that encode text. */
final class EncoderOptions {

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where the encoder runs: the GPU when there is one (auto, default), or forced.")
    DevicePreference device;

    TextEncoder open() {
        try {
            return TextEncoders.open(AppDirectories.fromEnvironment().cache(), device);
        } catch (EncoderUnavailableException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
