package dev.strata.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

import dev.strata.SharedFiles;
import dev.strata.sim.Timeline;
import dev.strata.workspace.ImageChoice;
import dev.strata.workspace.Workspace;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The model alone: results come back on the worker thread, no FX toolkit needed. */
class WorkspaceModelTest {
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final WorkspaceModel model = new WorkspaceModel(sample(), new Background(worker,
            Runnable::run));

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void startsWithTheSamplePlayedAndNoProblem() {
        assertThat(model.problem()).isEmpty();
        assertThat(model.timeline().scenario().title()).isEqualTo("Where do writes land?");
        assertThat(model.replayProperty().get().layerLines()).containsEntry(2, 11);
    }

    @Test
    void anImageReplacesThePlannedLayersUntilItIsRemoved() {
        Path archive = SharedFiles.resolve("fixtures", "images", "dive", "test-docker-image.tar");
        int planned = layerCount();

        model.openImage(archive);
        await(() -> model.image().isPresent() && layerCount() == 14);
        assertThat(model.labelProperty().get()).endsWith(" · image test-docker-image.tar");
        assertThat(model.loadingProperty().get()).isNull();

        model.removeImage();
        await(() -> layerCount() == planned);
        assertThat(model.image()).isEmpty();
        assertThat(model.labelProperty().get()).doesNotContain("image");
    }

    @Test
    void aMistakeNamesItsTextAndPlaceAndKeepsTheLastTimeline() {
        Timeline before = model.timeline();

        model.edit(TextKind.SCENARIO, "steps:\n  - fly: /x\n");
        await(() -> model.problem().isPresent());

        WorkspaceModel.Problem problem = model.problem().orElseThrow();
        assertThat(problem.kind()).contains(TextKind.SCENARIO);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("sample/tour.strata:2:");
        assertThat(model.timeline()).isSameAs(before);
    }

    @Test
    void fixingTheMistakeClearsItAndPlaysTheNewText() {
        model.edit(TextKind.SCENARIO, "steps:\n  - fly: /x\n");
        await(() -> model.problem().isPresent());

        model.edit(TextKind.SCENARIO, "title: Fixed\nsteps:\n  - restart: 1\n");
        // The problem and the timeline are two properties: wait for the replay itself.
        await(() -> model.problem().isEmpty()
                && model.timeline().scenario().title().equals("Fixed"));

        assertThat(model.timeline().scenario().title()).isEqualTo("Fixed");
        assertThat(model.timeline().lastIndex()).isEqualTo(1);
    }

    @Test
    void onlyTheLastOfQuickEditsIsPlayed() {
        model.edit(TextKind.SCENARIO, "steps:\n  - fly: /x\n");
        model.edit(TextKind.SCENARIO, "title: Last\nsteps:\n  - restart: 1\n");
        await(() -> model.timeline().scenario().title().equals("Last"));

        assertThat(model.problem()).isEmpty();
    }

    @Test
    void anEmptyScenarioPlaysTheDefaultOne() {
        Timeline tour = model.timeline();

        model.edit(TextKind.SCENARIO, "  \n");
        await(() -> model.timeline() != tour);

        assertThat(model.problem()).isEmpty();
        assertThat(model.timeline().scenario().steps()).isNotEqualTo(tour.scenario().steps());
        assertThat(model.timeline().lastIndex()).isPositive();
    }

    @Test
    void loadingAFileRemembersItAndUsesItsName() throws IOException {
        Path scenario = dir.resolve("lesson.strata");
        Files.writeString(scenario, "title: From a file\nsteps:\n  - restart: 2\n");

        model.load(TextKind.SCENARIO, scenario);
        await(() -> model.timeline().scenario().title().equals("From a file"));

        assertThat(model.file(TextKind.SCENARIO)).contains(scenario);
        assertThat(model.text(TextKind.SCENARIO).name()).isEqualTo(scenario.toString());
        assertThat(model.labelProperty().get()).contains("lesson.strata");
    }

    @Test
    void textsThatNeverPlayedStillOpenWithTheirMistake() {
        Workspace broken = sample().withScenario(
                new Workspace.Text("bad.strata", "steps:\n  - fly: /x\n"));

        WorkspaceModel opened = new WorkspaceModel(broken, new Background(worker,
                Runnable::run));

        assertThat(opened.problem()).isPresent();
        assertThat(opened.problem().orElseThrow().kind()).contains(TextKind.SCENARIO);
        assertThat(opened.timeline().frames()).hasSize(1);
    }

    @Test
    void anImageArchiveThatCannotBeReadAtOpenIsLeftOutAndNamedInTheProblem() {
        Path archive = SharedFiles.resolve("fixtures", "images", "dive", "not-images",
                "test-gzip-image.tar");

        WorkspaceModel opened = new WorkspaceModel(sample().withImage(archive),
                new Background(worker, Runnable::run));

        WorkspaceModel.Problem problem = opened.problem().orElseThrow();
        assertThat(problem.archive()).contains(archive);
        assertThat(problem.kind()).isEmpty();
        assertThat(problem.message()).startsWith(archive + ":1:1: not an image archive");
        assertThat(EditorPane.headline(problem)).isEqualTo("Could not read the image archive"
                + " test-gzip-image.tar\n" + problem.message());
        assertThat(StrataWindow.refusal(opened)).contains(problem.message());
        assertThat(opened.image()).isEmpty();
        assertThat(opened.timeline().scenario().title()).isEqualTo("Where do writes land?");
        assertThat(opened.labelProperty().get()).isEqualTo("sample: tour");
    }

    @Test
    void anArchiveOfSeveralImagesAtOpenWaitsForAChoiceOverThePlannedPicture() {
        Path layout = SharedFiles.resolve("fixtures", "images", "built",
                "demo-oci-gzip-layout.tar");

        WorkspaceModel opened = new WorkspaceModel(sample().withImage(layout),
                new Background(worker, Runnable::run));

        WorkspaceModel.ImageChoices offered = opened.choosingProperty().get();
        assertThat(offered.archive()).isEqualTo(layout);
        assertThat(offered.reason()).isEqualTo("the layout holds 5 images");
        assertThat(offered.choices()).hasSize(5);
        assertThat(opened.problem()).isEmpty();
        assertThat(StrataWindow.refusal(opened)).hasValueSatisfying(m -> assertThat(m)
                .startsWith(layout + ":1:1: the layout holds 5 images"));
        assertThat(opened.image()).isEmpty();
        assertThat(opened.timeline().frames()).hasSizeGreaterThan(1);
    }

    @Test
    void anImageChosenAtOpenIsShownWithItsRef() {
        Path layout = SharedFiles.resolve("fixtures", "images", "built",
                "demo-oci-gzip-layout.tar");

        WorkspaceModel opened = new WorkspaceModel(sample().withImage(layout,
                ImageChoice.of("v4", null)), new Background(worker, Runnable::run));

        assertThat(opened.problem()).isEmpty();
        assertThat(opened.image()).contains(layout);
        assertThat(opened.imageChoice()).isEqualTo(ImageChoice.of("v4", null));
        assertThat(opened.labelProperty().get()).endsWith("image demo-oci-gzip-layout.tar (v4)");
        assertThat(opened.timeline().frame(0).state().nodes().get(0).layers()).hasSize(4);
    }

    private static Workspace sample() {
        try {
            return Workspace.sample("tour");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.onSpinWait();
        }
    }

    private int layerCount() {
        return model.timeline().frame(0).state().nodes().get(0).layers().size();
    }
}
