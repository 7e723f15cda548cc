package dev.strata.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static dev.strata.ui.ViewHarness.fx;
import static dev.strata.ui.ViewHarness.run;
import static dev.strata.ui.ViewHarness.waitForStill;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A picture that shows a step and does nothing else lays nothing out again: a node resized at
 * every pulse keeps a core busy redrawing, on a trainer's laptop for the whole workshop.
 */
@ExtendWith(ApplicationExtension.class)
class StillPictureTest {
    private StrataView view;

    @Start
    void start(Stage stage) {
        view = ViewHarness.show(stage, SampleTimelines.tour(), 1280, 720);
    }

    @Test
    void nodesUnderASharedClaimKeepTheirSizeWhileNothingHappens() throws Exception {
        waitForStill(view);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        AtomicInteger resized = new AtomicInteger();
        run(() -> {
            for (Node node : view.lookupAll(".node-view")) {
                Region region = (Region) node;
                region.heightProperty().addListener((o, was, now) -> resized.incrementAndGet());
                region.layoutYProperty().addListener((o, was, now) -> resized.incrementAndGet());
            }
        });

        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> view.lookupAll(".node-view").size())).isPositive();
        assertThat(fx(() -> view.lookupAll(".volume-pane").stream()
                .anyMatch(p -> ((VolumePane) p).getVolumeId().startsWith("pvc/")))).isTrue();
        assertThat(resized.get()).isZero();
    }
}
