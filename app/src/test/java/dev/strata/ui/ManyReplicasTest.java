package dev.strata.ui;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static dev.strata.ui.ViewHarness.fx;
import static dev.strata.ui.ViewHarness.run;
import static dev.strata.ui.ViewHarness.waitForStill;
import static org.assertj.core.api.Assertions.assertThat;

/** 100 replicas on four nodes at 1280×720: columns stay readable, the rest are tiles. */
@ExtendWith(ApplicationExtension.class)
class ManyReplicasTest {
    private StrataView view;

    @Start
    void start(Stage stage) {
        view = ViewHarness.show(stage, SampleTimelines.scaled(100, 4), 1280, 720);
    }

    @Test
    void scalingUpFadesTheNewReplicasIn() throws Exception {
        double during = fx(() -> {
            view.model().stepForward();
            return view.lookupAll(".replica-tile").stream()
                    .mapToDouble(Node::getOpacity).min().orElse(1);
        });

        assertThat(during).isLessThan(1);
        waitForStill(view);
        assertThat(fx(() -> shownReplicas())).isEqualTo(100);
    }

    @Test
    void everyReplicaIsAColumnOrATileAndColumnsStayReadable() throws Exception {
        run(() -> view.model().goTo(3));
        waitForStill(view);

        assertThat(fx(() -> shownReplicas())).isEqualTo(100);
        double em = fx(() -> ((Label) view.lookup(".node-header")).getFont()
                .getSize());
        assertThat(fx(() -> columns().stream().mapToDouble(c -> c.getWidth()).min()
                .orElseThrow())).isGreaterThanOrEqualTo(8 * em);
    }

    @Test
    void theActingReplicaKeepsItsColumn() throws Exception {
        run(() -> view.model().goTo(2));

        run(() -> view.model().stepForward());

        assertThat(fx(() -> columns().stream().map(ReplicaColumn::getReplica).toList()))
                .contains(50);
    }

    @Test
    void scalingDownFadesTheLeavingColumnsOut() throws Exception {
        run(() -> view.model().goTo(6));
        waitForStill(view);

        run(() -> view.model().stepForward());
        Thread.sleep(400);
        double during = fx(() -> view.lookupAll(".replica-tile").stream()
                .mapToDouble(Node::getOpacity).min().orElse(1));

        assertThat(during).isLessThan(1);
        waitForStill(view);
        assertThat(fx(() -> shownReplicas())).isEqualTo(50);
    }

    private List<ReplicaColumn> columns() {
        return view.lookupAll(".replica-column").stream()
                .map(ReplicaColumn.class::cast)
                .filter(Node::isVisible)
                .toList();
    }

    private int shownReplicas() {
        int tiles = view.lookupAll(".replica-group").stream()
                .filter(Node::isVisible)
                .mapToInt(g -> ((ReplicaGroup) g).getTiles().size())
                .sum();
        return columns().size() + tiles;
    }
}
