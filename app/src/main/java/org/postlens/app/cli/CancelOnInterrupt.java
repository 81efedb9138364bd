package org.postlens.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postlens.app.jobs.CancellationToken;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a cancel: the job stops at its next batch boundary, closes its models
 * and the project, and the command exits as cancelled; a later run resumes. A second Ctrl-C quits at once.
 *
 * <p>The signals are caught instead of letting the JVM shut down because ONNX Runtime frees its environment in a
 * shutdown hook of its own, which runs at once, beside ours, while a batch may still be running in native code:
 * that crashed the JVM (a segfault log) however long our hook waited. Where the signals cannot be caught (the JVM
 * runs with {@code -Xrs}), a shutdown hook cancels and waits up to {@value #HOOK_WAIT_SECONDS} s, as before.
 */
final class CancelOnInterrupt implements AutoCloseable {

    static final int HOOK_WAIT_SECONDS = 15;

    private final CancellationToken token = new CancellationToken();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final PrintStream err;
    private final List<Installed> installed = new ArrayList<>();
    private final Thread hook;

    CancelOnInterrupt() {
        this(System.err);
    }

    CancelOnInterrupt(PrintStream err) {
        this.err = err;
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal signal = new Signal(name);
                installed.add(new Installed(signal, Signal.handle(signal, this::received)));
            } catch (IllegalArgumentException notCatchable) {
                // -Xrs, or a platform without it: the shutdown hook below covers it
            }
        }
        if (installed.size() == 2) {
            hook = null;
        } else {
            hook = new Thread(() -> {
                token.cancel();
                try {
                    finished.await(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "postlens-cancel-on-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    CancellationToken token() {
        return token;
    }

    /** True when Ctrl-C cancels the token instead of shutting the JVM down. */
    boolean catchesSignals() {
        return hook == null;
    }

    private void received(Signal signal) {
        if (token.isCancelled()) {
            Runtime.getRuntime().halt(ExitCodes.CANCELLED); // asked twice: no hooks, nothing waits
        }
        token.cancel();
        err.println();
        err.println("Cancelling: stopping after the batch in progress (Ctrl-C again to quit at once)…");
        err.flush();
    }

    @Override
    public void close() {
        finished.countDown();
        installed.forEach(Installed::restore);
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it has been released by the countDown above.
            }
        }
    }

    private record Installed(Signal signal, SignalHandler previous) {
        void restore() {
            Signal.handle(signal, previous);
        }
    }
}
