package dev.strata.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.strata.SharedFiles;
import dev.strata.sim.Lands;
import dev.strata.sim.Timeline;
import dev.strata.source.InputException;
import dev.strata.source.InputWarning;
import dev.strata.source.SourcePosition;
import dev.strata.workspace.Workspace.Text;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {
    static final List<String> SAMPLES = Samples.NAMES;

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everyBundledSamplePlaysFromTheClassPath(String name) throws IOException {
        Timeline timeline = Workspace.sample(name).play().timeline();

        assertThat(timeline.frames()).hasSize(timeline.scenario().steps().size() + 1);
        assertThat(timeline.frame(0).state().nodes().get(0).layers()).hasSize(5);
    }

    @Test
    void theSampleKnowsTheRealSizesOfTheCopiedFiles() throws IOException {
        Timeline tour = Workspace.sample("tour").play().timeline();

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

        Timeline timeline = manifestOnly.play().timeline();

        assertThat(timeline.frame(0).state().nodes().get(0).layers()).singleElement()
                .satisfies(l -> assertThat(l.text())
                        .isEqualTo("FROM registry.example.com/web:1.0"));
        assertThat(timeline.frames()).extracting(f -> f.outcome().map(o -> o.place().lands()))
                .contains(Optional.of(Lands.EMPTY_DIR), Optional.of(Lands.UPPER));
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everyBundledSamplePlaysWithoutWarnings(String name) throws IOException {
        assertThat(Workspace.sample(name).play().warnings()).isEmpty();
    }

    @Test
    void theDockerfilesWarningsComeBeforeTheManifestsEachInFileOrder() throws IOException {
        Workspace tour = Workspace.sample("tour");
        Workspace odd = new Workspace(
                Optional.of(new Text("Dockerfile", "FROM python:3.12-slim\nMAINTAINER me\n"
                        + "ENV A 1\nCOPY app.py .\n")),
                new Text("web.yaml", tour.manifest().content().replace("          image: ",
                        "          imagePullPolicyy: Always\n          image: ")),
                Optional.empty(), Optional.empty(), Optional.empty(), "odd");

        List<InputWarning> warnings = odd.play().warnings();

        assertThat(warnings).extracting(w -> w.position().toString()).containsExactly(
                "Dockerfile:2:1", "Dockerfile:3:1", "web.yaml:30:11");
        assertThat(warnings.get(0).message()).endsWith("(MaintainerDeprecated)");
        assertThat(warnings.get(2).toString()).isEqualTo("web.yaml:30:11: warning: spec."
                + "template.spec.containers[0].imagePullPolicyy: unknown field: kubectl refuses"
                + " it (--validate=strict, its default), other clients drop it; did you mean"
                + " \"imagePullPolicy\"?");
    }

    @Test
    void anImageNotBuiltFromTheDockerfileIsWarnedOfAtTheArchive() throws IOException {
        Path archive = SharedFiles.resolve("fixtures", "images", "built",
                "demo-docker-archive.tar");

        List<InputWarning> warnings = Workspace.sample("tour").withImage(archive).play()
                .warnings();

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.position()).isEqualTo(SourcePosition.startOf(archive.toString()));
            assertThat(w.message()).startsWith("the image does not seem to be built from this"
                    + " Dockerfile").contains("shown with their own history");
        });
    }

    @Test
    void anImageBuiltFromTheDockerfileOrLoadedWithoutOneIsNotWarnedOf() throws IOException {
        Path dive = SharedFiles.resolve("fixtures", "images", "dive");
        Workspace tour = Workspace.sample("tour");
        Workspace built = new Workspace(
                Optional.of(Text.read(dive.resolve("Dockerfile.test-image"))), tour.manifest(),
                Optional.empty(), Optional.empty(), Optional.empty(), "dive");
        Workspace alone = new Workspace(Optional.empty(), tour.manifest(), Optional.empty(),
                Optional.empty(), Optional.empty(), "alone");
        Path archive = dive.resolve("test-docker-image.tar");

        assertThat(built.withImage(archive).play().warnings()).isEmpty();
        assertThat(alone.withImage(archive).play().warnings()).isEmpty();
    }

    @Test
    void theImageReadersWarningsComeAtTheArchivesStartBeforeTheMismatch() throws IOException {
        Path archive = archiveWithALinkToNothing(dir.resolve("linked.tar"));

        List<InputWarning> warnings = Workspace.sample("tour").withImage(archive).play()
                .warnings();

        assertThat(warnings).extracting(InputWarning::position)
                .containsOnly(SourcePosition.startOf(archive.toString()));
        assertThat(warnings).extracting(InputWarning::message).hasSize(2)
                .satisfies(m -> assertThat(m.get(0)).contains("hard link /orphan to /gone"))
                .satisfies(m -> assertThat(m.get(1)).startsWith("the image does not seem"));
    }

    @Test
    void theImageChosenByRefIsTheOnePlayedAndNamedInTheSubtitle() throws IOException {
        Path layout = SharedFiles.resolve("fixtures", "images", "built",
                "demo-oci-gzip-layout.tar");
        Workspace v2 = Workspace.sample("tour").withImage(layout, ImageChoice.of("v2", null));

        Timeline timeline = v2.play().timeline();

        assertThat(timeline.frame(0).state().nodes().get(0).layers()).hasSize(2);
        assertThat(v2.subtitle()).isEqualTo("sample: tour · image demo-oci-gzip-layout.tar (v2)");
        assertThat(v2.withScenario(v2.scenario().orElseThrow()).imageChoice())
                .isEqualTo(ImageChoice.of("v2", null));
    }

    @Test
    void anArchiveOfSeveralImagesWithoutAChoiceIsBadInputListingThem() throws IOException {
        Path layout = SharedFiles.resolve("fixtures", "images", "built",
                "demo-oci-gzip-layout.tar");
        Workspace unchosen = Workspace.sample("tour").withImage(layout);

        assertThatThrownBy(unchosen::play).isInstanceOf(InputException.class)
                .hasMessageStartingWith(layout + ":1:1: the layout holds 5 images (base");
    }

    @Test
    void aNodeCountOverridesTheScenarios() throws IOException {
        Timeline timeline = Workspace.sample("tour").withNodes(3).play().timeline();

        assertThat(timeline.frame(0).state().nodes()).hasSize(3);
    }

    /** A docker save archive of one layer holding a hard link to a file it lacks. */
    private static Path archiveWithALinkToNothing(Path file) throws IOException {
        ByteArrayOutputStream layer = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(layer)) {
            TarArchiveEntry link = new TarArchiveEntry("orphan", TarConstants.LF_LINK);
            link.setLinkName("gone");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                Files.newOutputStream(file))) {
            put(tar, "0/layer.tar", layer.toByteArray());
            put(tar, "config.json", "{\"os\":\"linux\",\"architecture\":\"amd64\"}");
            put(tar, "manifest.json", "[{\"Config\":\"config.json\",\"RepoTags\":"
                    + "[\"t:1\"],\"Layers\":[\"0/layer.tar\"]}]");
        }
        return file;
    }

    private static void put(TarArchiveOutputStream tar, String name, String content)
            throws IOException {
        put(tar, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content)
            throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
