package org.postlens.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Process-wide DJL settings: offline mode and a cache directory under the app's data dir. Call before
 * anything touches a DJL engine (DJL reads these properties when an engine or tokenizer library first
 * loads); {@link MiniLmTextEncoder#open} calls it itself.
 *
 * <p>The first call fixes the directory for the life of the process: DJL has already unpacked native
 * libraries there, so later calls with another directory keep it and return it.
 *
 * <p>Not settable from Java, so the launcher must set them as environment variables where wanted:
 * {@code OMP_WAIT_POLICY=PASSIVE} (busy-waiting OpenMP threads slowed the PyTorch engine 3-4x on 2 cores; the
 * {@code postlens} launcher script sets it, libgomp reads it once when libtorch loads) and
 * nothing that contradicts these properties: DJL reads the environment variables {@code DJL_OFFLINE},
 * {@code DJL_CACHE_DIR} and {@code ENGINE_CACHE_DIR} before the system properties set here.
 */
public final class RuntimeEnvironment {

    private static Path configuredCacheDir;

    private RuntimeEnvironment() {}

    /** Sets the DJL properties (once) and returns the cache directory in effect. */
    public static synchronized Path configure(Path djlCacheDir) {
        if (configuredCacheDir != null) {
            return configuredCacheDir;
        }
        Path dir = djlCacheDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the model cache directory " + dir, e);
        }
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("DJL_OFFLINE", "true");
        System.setProperty("DJL_CACHE_DIR", dir.toString());
        System.setProperty("ENGINE_CACHE_DIR", dir.toString());
        System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
        System.setProperty("OPT_OUT_TRACKING", "true");
        configuredCacheDir = dir;
        return dir;
    }

    /** The directory set by {@link #configure}, or null before the first call. */
    public static synchronized Path cacheDir() {
        return configuredCacheDir;
    }
}
