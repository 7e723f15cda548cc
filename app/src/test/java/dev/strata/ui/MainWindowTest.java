package dev.strata.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import dev.strata.sim.Timeline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole window on the tour sample: editing, marking mistakes, inspecting. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String WORKDIR = "WORKDIR /app";

    private final Preferences prefs = Preferences.userRoot().node("strata-test-window");
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = ViewHarness.showWindow(stage, prefs);
    }

    @AfterEach
    void forgetRecentFiles() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void typingABadLineMarksItAndKeepsTheLastPicture(FxRobot robot) throws Exception {
        Timeline before = fx(() -> window.view().model().timeline());
        int bands = bandCount();

        typeAfterWorkdir(robot, "\nCOPY");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> window.model().problem().isPresent()));

        CodeEditor editor = fx(() -> window.editors().editor(TextKind.DOCKERFILE));
        assertThat(fx(editor::getErrorLine)).isEqualTo(10);
        assertThat(fx(() -> problemBar(robot).getText())).startsWith("sample/Dockerfile:10:1: ");
        assertThat(fx(() -> problemBar(robot).isVisible())).isTrue();
        assertThat(fx(() -> window.view().model().timeline()).equals(before)).isTrue();
        assertThat(bandCount()).isEqualTo(bands);
    }

    @Test
    void fixingTheLineClearsTheMarkAndAddsItsLayer(FxRobot robot) throws Exception {
        int bands = bandCount();
        typeAfterWorkdir(robot, "\nCOPY");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> window.model().problem().isPresent()));

        robot.write(" app.py /srv/");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> window.model().problem().isEmpty()) && bandCount() > bands);

        CodeEditor editor = fx(() -> window.editors().editor(TextKind.DOCKERFILE));
        assertThat(fx(editor::getErrorLine)).isZero();
        assertThat(fx(() -> problemBar(robot).isVisible())).isFalse();
        assertThat(bandCount()).isEqualTo(bands + 2);
    }

    @Test
    void aManifestFieldKubernetesDoesNotKnowIsMarkedAtItsLineAndListed(FxRobot robot)
            throws Exception {
        misspellAManifestField();

        CodeEditor editor = fx(() -> window.editors().editor(TextKind.MANIFEST));
        assertThat(fx(editor::getWarnings)).singleElement().satisfies(mark -> {
            assertThat(mark.line()).isEqualTo(30);
            assertThat(mark.column()).isEqualTo(11);
            assertThat(mark.message()).contains("imagePullPolicyy: unknown field");
        });
        assertThat(fx(() -> editor.getPseudoClassStates().contains(CodeEditor.WARNING)))
                .isTrue();
        assertThat(fx(() -> editor.lookupAll(".warning-marker").stream()
                .filter(Node::isVisible).count())).isEqualTo(1);
        assertThat(fx(() -> ((Label) tab(robot, "manifest").getGraphic()).getText()))
                .isEqualTo("1");
        assertThat(fx(() -> window.editors().warningLabels())).singleElement()
                .satisfies(label -> assertThat(label.getText()).isEqualTo("tour.yaml:30:11: "
                        + "spec.template.spec.containers[0].imagePullPolicyy: unknown field:"
                        + " kubectl refuses it (--validate=strict, its default), other"
                        + " clients drop it; did you mean \"imagePullPolicy\"?"));
        assertThat(fx(() -> warningList().isVisible())).isTrue();
        assertThat(fx(() -> window.editors().editor(TextKind.DOCKERFILE).getWarnings()))
                .isEmpty();
    }

    @Test
    void clickingAListedWarningGoesToItsLine() throws Exception {
        misspellAManifestField();
        fx(() -> window.editors().select(TextKind.SCENARIO));

        ViewHarness.click(fx(() -> window.editors().warningLabels().get(0)), 1);

        assertThat(fx(() -> window.editors().selected())).isEqualTo(TextKind.MANIFEST);
        assertThat(fx(() -> window.editors().editor(TextKind.MANIFEST).caretLineProperty()
                .get())).isEqualTo(30);
    }

    @Test
    void aMistakeHidesTheWarningsOfTheLastReplayUntilItIsFixed(FxRobot robot)
            throws Exception {
        misspellAManifestField();

        typeAfterWorkdir(robot, "\nCOPY");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> window.model().problem().isPresent()));

        assertThat(fx(() -> window.editors().editor(TextKind.MANIFEST).getWarnings()))
                .isEmpty();
        assertThat(fx(() -> tab(robot, "manifest").getGraphic())).isNull();
        assertThat(fx(() -> warningList().isVisible())).isFalse();
        assertThat(fx(() -> problemBar(robot).isVisible())).isTrue();

        robot.write(" app.py /srv/");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> window.model().problem().isEmpty()));
        assertThat(fx(() -> window.editors().editor(TextKind.MANIFEST).getWarnings()))
                .hasSize(1);
    }

    @Test
    void clickingALayerBandInspectsTheLayer() throws Exception {
        Node band = fx(() -> window.view().lookupAll(".layer-band").stream()
                .filter(n -> LayerStack.layerOf(n) == 2).findFirst().orElseThrow());

        ViewHarness.click(band, 1);

        Inspection shown = fx(() -> window.inspector().shown());
        assertThat(shown.heading()).isEqualTo("Layer 2 · COPY");
        assertThat(shown.value("Line")).isEqualTo("11");
        assertThat(shown.value("Instruction")).contains("COPY requirements.txt .");
    }

    @Test
    void clickingAReplicaHeaderInspectsThePod() throws Exception {
        Node header = fx(() -> window.view().lookupAll(".replica-header").iterator().next());

        ViewHarness.click(header, 1);

        Inspection shown = fx(() -> window.inspector().shown());
        assertThat(shown.heading()).startsWith("Replica ");
        assertThat(shown.value("Phase")).contains("Running");
        assertThat(shown.value("logs")).contains("mounted at /var/log/app");
    }

    @Test
    void clickingAVolumeInspectsItsKindAndWhoMountsIt() throws Exception {
        Node claim = fx(() -> window.view().lookupAll(".volume-pane").stream()
                .filter(n -> ((VolumePane) n).getVolumeId().startsWith("pvc/"))
                .findFirst().orElseThrow());

        ViewHarness.click(claim, 1);

        Inspection shown = fx(() -> window.inspector().shown());
        assertThat(shown.value("Kind")).contains("pvc");
        assertThat(shown.value("Access mode")).contains("RWX");
        assertThat(shown.value("Mounted by")).contains("replica 1", "replica 2", "replica 3");
    }

    @Test
    void clickingAFileRowSaysWhereItComesFromAndWhoSeesIt() throws Exception {
        fx(() -> window.view().model().goTo(1));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = fx(() -> window.view().lookupAll(".upper-box .file-entry").stream()
                .filter(n -> "/app/cache/session.txt".equals(FileRows.pathOf(n)))
                .findFirst().orElseThrow());

        ViewHarness.click(row, 1);

        Inspection shown = fx(() -> window.inspector().shown());
        assertThat(shown.heading()).isEqualTo("/app/cache/session.txt");
        assertThat(shown.value("Comes from")).contains("writable layer of replica 1");
        assertThat(shown.value("Seen by")).startsWith("replica 1 only");
    }

    @Test
    void hidingTheSidesGivesThePictureTheWholeWidth() throws Exception {
        double shared = fx(() -> window.view().getWidth());

        fx(() -> {
            window.editorShownProperty().set(false);
            window.inspectorShownProperty().set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shared).isGreaterThan(1280 * 0.5);
        assertThat(fx(() -> window.view().getWidth())).isGreaterThan(1260);
    }

    @Test
    void savingTheScenarioWritesItAtomicallyAndRemembersIt(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("lesson.strata");
        String text = fx(() -> window.model().text(TextKind.SCENARIO).content());

        assertThat(fx(() -> window.files().save(target))).isTrue();

        assertThat(target).hasContent(text);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(fx(() -> window.model().file(TextKind.SCENARIO))).contains(target);
        assertThat(new RecentFiles(prefs).list().get(0).path()).isEqualTo(target);
    }

    @Test
    void aDroppedDockerfileOpensInItsEditor(@TempDir Path dir) throws Exception {
        Path dropped = dir.resolve("Dockerfile");
        Files.writeString(dropped, "FROM alpine\nRUN echo one\nRUN echo two\n");

        fx(() -> window.files().openDropped(List.of(dropped)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> window.view().model().timeline().frame(0).state().nodes()
                        .get(0).layers().size()) == 3);

        assertThat(fx(() -> window.editors().editor(TextKind.DOCKERFILE).getText()))
                .startsWith("FROM alpine");
    }

    @Test
    void exportWritesAPictureOfTheCentre(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("picture.png");

        assertThat(fx(() -> window.files().exportPicture(window.view().getCenter(), png)))
                .isTrue();

        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(500);
    }

    private void typeAfterWorkdir(FxRobot robot, String text) throws Exception {
        TextArea input = fx(() -> (TextArea) window.editors().editor(TextKind.DOCKERFILE)
                .lookup(".code-input"));
        robot.clickOn(input);
        fx(() -> input.positionCaret(input.getText().indexOf(WORKDIR) + WORKDIR.length()));
        robot.write(text);
    }

    /** Adds a field Kubernetes does not know at line 30 of the tour's manifest. */
    private void misspellAManifestField() throws Exception {
        fx(() -> {
            CodeEditor editor = window.editors().editor(TextKind.MANIFEST);
            editor.setText(editor.getText().replace("          image: ",
                    "          imagePullPolicyy: Always\n          image: "));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !fx(() -> window.model().replayProperty().get().warnings()).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node warningList() {
        return window.editors().lookup(".warning-scroll");
    }

    private static Tab tab(FxRobot robot, String id) {
        return ((TabPane) robot.lookup(".editor-tabs").query()).getTabs().stream()
                .filter(t -> ("tab-" + id).equals(t.getId())).findFirst().orElseThrow();
    }

    private int bandCount() throws Exception {
        return fx(() -> window.view().lookupAll(".layer-band").size());
    }

    private static Label problemBar(FxRobot robot) {
        return robot.lookup("#problem-bar").queryAs(Label.class);
    }

    private static <T> T fx(Callable<T> work) throws InterruptedException, ExecutionException {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static void fx(Runnable work) throws InterruptedException, ExecutionException {
        WaitForAsyncUtils.asyncFx(work).get();
    }
}
