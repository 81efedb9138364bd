package org.postlens.app.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The process's peak resident set size (heap, native engine memory, mapped model files, everything), as
 * Linux keeps it in {@code VmHWM} of {@code /proc/self/status}. Empty on systems without it.
 */
public final class PeakRss {

    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakRss() {
    }

    public static OptionalLong bytes() {
        return parse(STATUS);
    }

    static OptionalLong parse(Path status) {
        if (!Files.isReadable(status)) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024); // always in kB
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
