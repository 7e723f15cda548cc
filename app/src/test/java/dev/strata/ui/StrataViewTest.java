package dev.strata.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.stage.Stage;

import dev.strata.sim.ClusterState.VolumeState;
import dev.strata.sim.Outcome;
import dev.strata.sim.Timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The main view on the emptyDir sample: each pod's log lands in that pod's own emptyDir. */
@ExtendWith(ApplicationExtension.class)
class StrataViewTest {
    private static final String LOG = "/app.log";

    private StrataView view;

    @Start
    void start(Stage stage) {
        view = new StrataView(SampleTimelines.emptyDirLogs(), "emptydir-logs.yaml");
        Scene scene = new Scene(view, 1280, 720);
        scene.getStylesheets().add(StrataView.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theLogLandsInReplicaOnesEmptyDirAndNowhereElse(FxRobot robot) throws Exception {
        String replicaOnesLogs = emptyDirOf(1);

        robot.clickOn("#step-forward");
        waitForStill();

        assertThat(panesHolding(LOG)).containsExactly(replicaOnesLogs);
        assertThat(robot.lookup("#step-label").queryLabeled()).hasFieldOrPropertyWithValue(
                "text", "Step 1 of 7");
    }

    @Test
    void noOtherReplicaEverSeesTheLogWhileThePodLives(FxRobot robot) throws Exception {
        String replicaOnesLogs = emptyDirOf(1);

        for (int step = 1; step <= 5; step++) {
            robot.clickOn("#step-forward");
            waitForStill();
            assertThat(panesHolding(LOG)).as("step %d", step).containsExactly(replicaOnesLogs);
        }
    }

    @Test
    void theReplacedPodStartsWithoutTheLog(FxRobot robot) throws Exception {
        fx(() -> view.model().goTo(5));

        robot.clickOn("#step-forward");
        waitForStill();

        assertThat(panesHolding(LOG)).isEmpty();
    }

    @Test
    void steppingBackToTheStartRemovesTheLog(FxRobot robot) throws Exception {
        robot.clickOn("#step-forward");
        waitForStill();

        robot.clickOn("#step-back");
        waitForStill();

        assertThat(panesHolding(LOG)).isEmpty();
        assertThat(fx(() -> view.model().getFrameIndex())).isZero();
        assertThat(fx(() -> view.isAnimating())).isFalse();
    }

    @Test
    void theFileAppearsWhenThePacketArrives() throws Exception {
        List<String> duringFlight = fx(() -> {
            view.model().stepForward();
            return view.isAnimating() ? panesHolding(LOG) : List.of("not animating");
        });

        waitForStill();

        assertThat(duringFlight).isEmpty();
        assertThat(panesHolding(LOG)).hasSize(1);
    }

    @Test
    void goToShowsTheFrameWithoutWaitingForAnimation() throws Exception {
        List<String> holding = fx(() -> {
            view.model().goTo(3);
            return panesHolding(LOG);
        });

        assertThat(holding).hasSize(1);
    }

    @Test
    void aReadLightsThePlaceItWasServedFromUntilTheNextStep() throws Exception {
        int read = fx(() -> firstFrame(Outcome.Served.class));
        String servedBy = fx(() -> view.model().timeline().frame(read).outcome().orElseThrow()
                .place().volumeId());

        fx(() -> view.model().goTo(read));
        List<String> litThen = litPanes();
        fx(() -> view.model().goTo(read + 1));

        assertThat(litThen).containsExactly(servedBy);
        assertThat(litPanes()).isEmpty();
    }

    private int firstFrame(Class<? extends Outcome> kind) {
        Timeline timeline = view.model().timeline();
        for (int frame = 1; frame < timeline.frames().size(); frame++) {
            if (timeline.frame(frame).outcome().filter(kind::isInstance).isPresent()) {
                return frame;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " step in the sample");
    }

    private List<String> litPanes() throws Exception {
        return fx(() -> view.lookupAll(".volume-pane").stream()
                .filter(p -> p.getPseudoClassStates().contains(PacketAnimator.LIT))
                .map(p -> ((VolumePane) p).getVolumeId())
                .toList());
    }

    private String emptyDirOf(int replica) throws Exception {
        return fx(() -> view.model().currentFrame().state().volumes().stream()
                .filter(v -> v.replicas().equals(List.of(replica)))
                .map(VolumeState::id)
                .findFirst()
                .orElseThrow());
    }

    /** The ids of the volume panes on screen that list the path. */
    private List<String> panesHolding(String path) throws Exception {
        return fx(() -> view.lookupAll(".volume-pane").stream()
                .map(VolumePane.class::cast)
                .filter(VolumePane::isVisible)
                .filter(p -> p.lookupAll(".file-entry").stream()
                        .map(FileRows::pathOf)
                        .anyMatch(path::equals))
                .map(VolumePane::getVolumeId)
                .toList());
    }

    private void waitForStill() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> view.isAnimating()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> work)
            throws InterruptedException, ExecutionException {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static void fx(Runnable work) throws InterruptedException, ExecutionException {
        WaitForAsyncUtils.asyncFx(work).get();
    }
}
