package org.postlens.runtime.pack;

import java.nio.file.Path;

/** Tests run DJL offline with its cache under target/, as the app does under its data dir. */
final class OfflineDjl {

    private OfflineDjl() {}

    static void configure() {
        String cache = Path.of("target", "djl-cache").toAbsolutePath().toString();
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("DJL_CACHE_DIR", cache);
        System.setProperty("ENGINE_CACHE_DIR", cache);
        System.setProperty("OPT_OUT_TRACKING", "true");
    }
}
