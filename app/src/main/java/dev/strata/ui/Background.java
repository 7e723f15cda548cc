package dev.strata.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;

/**
 * The one way work done off the FX thread reaches the UI: the work runs on a worker thread
 * and its result, or its failure, is handed back through the UI executor (on the FX thread
 * in the window; inline in model tests).
 */
final class Background {
    private static final Logger LOG = System.getLogger(Background.class.getName());

    private final ScheduledExecutorService worker;
    private final Executor ui;
    private final ExecutorService longWork = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "strata-image-reader");
        thread.setDaemon(true);
        return thread;
    });

    Background(ScheduledExecutorService worker, Executor ui) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** A daemon worker thread whose results come back on the FX thread. */
    static Background forWindow() {
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "strata-replay");
            thread.setDaemon(true);
            return thread;
        });
        return new Background(worker, Platform::runLater);
    }

    /**
     * Runs the work after the delay; the result or the exception it threw arrives on the UI
     * executor. Cancelling the returned future before it starts drops the work.
     */
    <T> Future<?> runLater(Duration delay, Supplier<T> work, Consumer<T> onResult,
            Consumer<RuntimeException> onFailure) {
        return worker.schedule(() -> run(work, onResult, onFailure),
                delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs long work, such as reading an image archive, on a thread of its own so that
     * replays go on meanwhile; {@code cancel(true)} on the returned future interrupts it.
     */
    <T> Future<?> runLong(Supplier<T> work, Consumer<T> onResult,
            Consumer<RuntimeException> onFailure) {
        return longWork.submit(() -> run(work, onResult, onFailure));
    }

    /** Hands an update, e.g. a progress report from a worker, to the UI executor. */
    void post(Runnable update) {
        ui.execute(update);
    }

    private <T> void run(Supplier<T> work, Consumer<T> onResult,
            Consumer<RuntimeException> onFailure) {
        try {
            T result = work.get();
            ui.execute(() -> onResult.accept(result));
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Background work failed", e);
            ui.execute(() -> onFailure.accept(e));
        }
    }
}
