package dev.strata.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.application.Platform;

/** Starting the FX toolkit when needed and running work on its thread. */
final class FxThreads {
    private static final long TIMEOUT_SECONDS = 60;

    private FxThreads() {
    }

    /** True when the toolkit runs and accepts work. */
    static boolean isToolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    /** Starts the toolkit with no display (Monocle, software rendering) unless it runs. */
    static synchronized void startHeadlessIfNeeded() {
        if (isToolkitRunning()) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        Platform.setImplicitExit(false);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        await(started);
    }

    /** Runs the work on the FX thread and waits for its result. */
    static <T> T call(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return await(result);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FX thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the FX thread failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within "
                    + TIMEOUT_SECONDS + " s", e);
        }
    }
}
