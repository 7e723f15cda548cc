package dev.strata.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.strata.sim.Lands;
import dev.strata.sim.Timeline;
import dev.strata.source.InputException;
import dev.strata.workspace.Workspace.Text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {
    static final List<String> SAMPLES = Samples.NAMES;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everyBundledSamplePlaysFromTheClassPath(String name) throws IOException {
        Timeline timeline = Workspace.sample(name).play();

        assertThat(timeline.frames()).hasSize(timeline.scenario().steps().size() + 1);
        assertThat(timeline.frame(0).state().nodes().get(0).layers()).hasSize(5);
    }

    @Test
    void theSampleKnowsTheRealSizesOfTheCopiedFiles() throws IOException {
        Timeline tour = Workspace.sample("tour").play();

        assertThat(tour.frame(0).state().nodes().get(0).layers().get(2).size()).isEqualTo(13);
    }

    @Test
    void theSubtitleNamesTheImageArchiveAfterWhatElseWasLoaded() throws IOException {
        Workspace tour = Workspace.sample("tour");
        Workspace manifestOnly = new Workspace(Optional.empty(),
                new Text("web.yaml", "kind: Pod"), Optional.empty(), Optional.empty(),
                Optional.empty(), "");

        assertThat(tour.subtitle()).isEqualTo("sample: tour");
        assertThat(tour.withImage(Path.of("/tmp/images/app.tar")).subtitle())
                .isEqualTo("sample: tour · image app.tar");
        assertThat(manifestOnly.withImage(Path.of("app.tar")).subtitle())
                .isEqualTo("image app.tar");
        assertThat(manifestOnly.subtitle()).isEmpty();
    }

    @Test
    void aMistakeInTheScenarioTextIsReportedAtItsLine() throws IOException {
        Workspace broken = Workspace.sample("tour")
                .withScenario(new Text("edited.strata", "steps:\n  - wirte: /a\n"));

        assertThatThrownBy(broken::play).isInstanceOf(InputException.class)
                .hasMessageStartingWith("edited.strata:2:5: unknown key `wirte`");
    }

    @Test
    void withoutADockerfileTheContainerImageIsTheLoneBase() throws IOException {
        Workspace sample = Workspace.sample("emptydir-logs");
        Workspace manifestOnly = new Workspace(Optional.empty(), sample.manifest(),
                Optional.empty(), Optional.empty(), Optional.empty(), "m");

        Timeline timeline = manifestOnly.play();

        assertThat(timeline.frame(0).state().nodes().get(0).layers()).singleElement()
                .satisfies(l -> assertThat(l.text())
                        .isEqualTo("FROM registry.example.com/web:1.0"));
        assertThat(timeline.frames()).extracting(f -> f.outcome().map(o -> o.place().lands()))
                .contains(Optional.of(Lands.EMPTY_DIR), Optional.of(Lands.UPPER));
    }

    @Test
    void aNodeCountOverridesTheScenarios() throws IOException {
        Timeline timeline = Workspace.sample("tour").withNodes(3).play();

        assertThat(timeline.frame(0).state().nodes()).hasSize(3);
    }
}
