package dev.strata.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

import dev.strata.sim.ClusterState.LayerState;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A tall image's stack in whatever height its node leaves it. */
class LayerStackTest {
    @BeforeAll
    static void toolkit() {
        FxTestToolkit.start();
    }

    @Test
    void givenLessHeightThanItsBandsNeedTheStackFoldsMoreAndKeepsTheBaseInSight()
            throws Exception {
        List<Bounds> bands = fx(() -> bandsIn(14, 160));
        List<Integer> firstLayers = fx(() -> laidOut(14, 160).lookupAll(".layer-band")
                .stream().map(LayerStack::layerOf).toList());

        assertThat(bands.size()).isBetween(3, 5);
        assertThat(bands).allSatisfy(b -> assertThat(b.getMaxY()).isLessThanOrEqualTo(160));
        assertThat(firstLayers).endsWith(0).startsWith(13);
    }

    @Test
    void givenRoomTheStackDrawsSevenBands() throws Exception {
        assertThat(fx(() -> bandsIn(14, 600))).hasSize(LayerStackSkin.MAX_BANDS);
    }

    @Test
    void theStackAsksForRoomForAllItsBandsWhateverItIsDrawnWith() throws Exception {
        double roomy = fx(() -> prefAfterLayoutIn(14, 600));
        double tight = fx(() -> prefAfterLayoutIn(14, 160));

        assertThat(tight).isEqualTo(roomy);
    }

    /** The bounds, in the stack, of the bands drawn in a stack of that height. */
    private static List<Bounds> bandsIn(int layers, double height) {
        LayerStack stack = laidOut(layers, height);
        return stack.lookupAll(".layer-band").stream()
                .map(n -> stack.sceneToLocal(n.localToScene(n.getLayoutBounds())))
                .toList();
    }

    private static double prefAfterLayoutIn(int layers, double height) {
        return laidOut(layers, height).prefHeight(400);
    }

    private static LayerStack laidOut(int layers, double height) {
        LayerStack stack = new LayerStack(1);
        stack.setLayers(IntStream.range(0, layers).mapToObj(i -> new LayerState(i,
                i == 0 ? "FROM" : "RUN", "RUN step " + i, 10, true, List.of())).toList());
        Pane root = new Pane(stack);
        Scene scene = new Scene(root, 400, 700);
        scene.getStylesheets().add(StrataView.stylesheet());
        stack.resizeRelocate(0, 0, 400, height);
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
            stack.resize(400, height);
            stack.layout();
        }
        return stack;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
