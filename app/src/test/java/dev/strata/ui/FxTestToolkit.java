package dev.strata.ui;

import java.util.concurrent.TimeoutException;

import org.testfx.api.FxToolkit;

/** Starts the FX toolkit the one way all UI tests here share: TestFX's primary stage. */
final class FxTestToolkit {
    private FxTestToolkit() {
    }

    static void start() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX toolkit did not start", e);
        }
    }
}
