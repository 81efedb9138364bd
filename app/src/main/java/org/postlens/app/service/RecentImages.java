package org.postlens.app.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The images an import has lately seen, by content hash, so that a picture shown by a thousand posts is read once.
 * Bounded: an image seen long ago is read again, which costs time, never correctness.
 */
final class RecentImages {

    private static final int CAPACITY = 10_000;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** True the first time this hash is offered (or the first time since it was forgotten). */
    boolean firstTime(String sha256) {
        return seen.put(sha256, Boolean.TRUE) == null;
    }
}
