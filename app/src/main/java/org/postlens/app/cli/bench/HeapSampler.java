package org.postlens.app.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The highest used heap seen while it runs: sampled every 50 ms on a daemon thread. */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakBytes;

    HeapSampler() {
        sample();
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "postlens-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peakBytes) {
            peakBytes = used;
        }
    }

    long peakBytes() {
        return peakBytes;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        sample();
    }
}
