package org.postlens.app.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The highest heap use seen while it runs, sampled every 50 ms on a daemon thread: used heap (garbage included,
 * so it grows with the heap the JVM is allowed) and live heap (what the collectors left after their last run).
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
            .toList();
    private volatile long peakBytes;
    private volatile long peakLiveBytes;

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
        long live = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            live += afterCollection == null ? 0 : afterCollection.getUsed();
        }
        if (live > peakLiveBytes) {
            peakLiveBytes = live;
        }
    }

    long peakLiveBytes() {
        return peakLiveBytes;
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
