package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import dev.strata.sim.ReplicaView.Entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static dev.strata.ui.ViewHarness.fx;
import static dev.strata.ui.ViewHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

/** What a replica sees, as a tree beside the picture, on the tour. */
@ExtendWith(ApplicationExtension.class)
class ReplicaTreeTest {
    private StrataView view;

    @Start
    void start(Stage stage) {
        view = ViewHarness.show(stage, SampleTimelines.tour(), 1280, 720);
    }

    @Test
    void rOpensTheActingReplicasTreeWithEachSourceBadged(FxRobot robot) {
        run(() -> view.model().goTo(4));

        robot.type(KeyCode.R);

        assertThat(robot.lookup("#replica-tree").query().isVisible()).isTrue();
        assertThat(badgeOf("/app/app.py")).isEqualTo("writable layer");
        assertThat(badgeOf("/app/requirements.txt")).isEqualTo("layer 2");
        assertThat(badgeOf("/var/log/app")).isEqualTo("mount point · emptyDir logs");
        assertThat(badgeOf("/data")).isEqualTo("mount point · claim web-data");
    }

    @Test
    void aDeletedImageFileShowsAsAWhiteout() {
        run(() -> {
            view.model().goTo(5);
            view.showReplicaTree("web", 2);
        });

        assertThat(badgeOf("/app/requirements.txt")).isEqualTo("whiteout in writable layer");
    }

    @Test
    void theFilterKeepsMatchingPathsAndTheirFolders(FxRobot robot) {
        run(() -> view.showReplicaTree("web", 1));

        robot.clickOn("#replica-filter").write("requirements");

        assertThat(fx(this::shownPaths)).containsExactly("/app", "/app/requirements.txt");
    }

    @Test
    void selectingAFileLightsItsSourceInThePicture() {
        run(() -> {
            view.model().goTo(4);
            view.showReplicaTree("web", 3);
        });

        run(() -> tree().getSelectionModel().select(item("/app/requirements.txt")));
        assertThat(fx(() -> highlightedBands())).isEqualTo(1L);

        run(() -> tree().getSelectionModel().select(item("/app/app.py")));
        assertThat(fx(() -> highlightedBands())).isZero();
        assertThat(fx(() -> litNodes())).containsExactly("upper-box");
    }

    @Test
    void doubleClickingAColumnOpensThatReplicasTree(FxRobot robot) {
        Node header = fx(() -> view.lookupAll(".replica-header").stream()
                .filter(h -> h.lookupAll(".label").stream().anyMatch(
                        l -> "replica 2".equals(((Label) l).getText())))
                .findFirst().orElseThrow());

        ViewHarness.click(header, 2);

        assertThat(fx(() -> ((Label) view.lookup(".tree-title"))
                .getText())).startsWith("replica 2 ·");
    }

    @SuppressWarnings("unchecked")
    private TreeView<Entry> tree() {
        return (TreeView<Entry>) view.lookup("#replica-files");
    }

    private String badgeOf(String path) {
        return fx(() -> ReplicaTree.badge(item(path).getValue()));
    }

    private TreeItem<Entry> item(String path) {
        return find(tree().getRoot(), path);
    }

    private static TreeItem<Entry> find(TreeItem<Entry> item, String path) {
        if (item.getValue().path().equals(path)) {
            return item;
        }
        for (TreeItem<Entry> child : item.getChildren()) {
            TreeItem<Entry> found = find(child, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private List<String> shownPaths() {
        List<String> paths = new ArrayList<>();
        collect(tree().getRoot(), paths);
        return paths;
    }

    private static void collect(TreeItem<Entry> item, List<String> paths) {
        for (TreeItem<Entry> child : item.getChildren()) {
            paths.add(child.getValue().path());
            collect(child, paths);
        }
    }

    private long highlightedBands() {
        return view.lookupAll(".layer-band").stream()
                .filter(b -> b.getPseudoClassStates().toString().contains("highlighted"))
                .count();
    }

    private List<String> litNodes() {
        return view.lookupAll("*").stream()
                .filter(n -> n.getPseudoClassStates().contains(PacketAnimator.LIT))
                .map(n -> n.getStyleClass().get(0))
                .toList();
    }
}
