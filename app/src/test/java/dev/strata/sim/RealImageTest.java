package dev.strata.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.strata.SharedFiles;
import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.image.Image;
import dev.strata.image.ImageReader;
import dev.strata.image.ReadOptions;
import dev.strata.manifest.Manifest;
import dev.strata.sim.ClusterState.LayerState;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.strata.sim.Fixtures.steps;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulator on dive's test image, built from Dockerfile.test-image. */
class RealImageTest {
    private static final Path DIVE = SharedFiles.resolve("fixtures", "images", "dive");
    private static final Manifest TWO = Fixtures.deployment(2, List.of(), List.of(), List.of());

    private static Image image;
    private static ImagePlan plan;

    @BeforeAll
    static void read() throws IOException {
        image = ImageReader.read(DIVE.resolve("test-docker-image.tar"), ReadOptions.defaults());
        Path dockerfile = DIVE.resolve("Dockerfile.test-image");
        plan = LayerPlanner.plan(DockerfileParser.parse(Files.readString(dockerfile),
                dockerfile.toString()), PlanOptions.defaults());
    }

    @Test
    void layersTheDockerfileMadeCarryItsInstructionsAndTheRestIsTheBase() {
        List<LayerState> layers = Simulator.run(image, Optional.of(plan), TWO, steps().on(1))
                .frame(0).state().nodes().get(0).layers();

        assertThat(layers).hasSize(14);
        assertThat(layers.get(0).instruction()).isEqualTo("FROM");
        assertThat(layers.get(1).text()).isEqualTo("ADD README.md /somefile.txt");
        assertThat(layers.get(10).text()).isEqualTo("ADD .scripts/ /root/.data/");
        assertThat(layers.get(13).text()).isEqualTo("RUN chmod +x /root/saved.txt");
        assertThat(layers).allMatch(LayerState::contentKnown);
    }

    @Test
    void readsAreServedFromTheLayerThatLastWroteTheFile() {
        List<Outcome> out = Fixtures.play(image, plan, steps().read(1, "/somefile.txt")
                .read(1, "/root/saved.txt").read(2, "/bin/busybox").on(1));

        assertThat(out).extracting(Outcome::place)
                .containsExactly(Place.image(1), Place.image(13), Place.image(0));
        assertThat(((Outcome.Served) out.get(1)).size()).isEqualTo(6405);
        assertThat(out.get(2).explain()).contains("part of the base image");
    }

    @Test
    void aDirectoryRemovedByALaterLayerIsGoneForEveryReplica() {
        List<Outcome> out = Fixtures.play(image, plan,
                steps().read(1, "/root/example/somefile1.txt").on(1));

        assertThat(out.get(0).result()).isEqualTo(Result.ENOENT);
    }

    @Test
    void aReadOfAFileALaterLayerDeletedNamesTheLayerAndWhereTheBytesStay() {
        Outcome read = Fixtures.play(image, plan,
                steps().read(1, "/root/example/somefile1.txt").on(1)).get(0);

        assertThat(read.explain()).contains("was deleted by layer 9 (RUN rm -rf /root/example/)",
                "hides the copy in layer 4");
    }

    @Test
    void aReadOfAFileTheReplicaDeletedSaysItsOwnWhiteoutHidesIt() {
        List<Outcome> out = Fixtures.play(image, plan, steps().delete(1, "/somefile.txt")
                .read(1, "/somefile.txt").on(1));

        assertThat(out.get(1).result()).isEqualTo(Result.ENOENT);
        assertThat(out.get(1).explain()).contains("deleted in replica 1's writable layer",
                "copy in read-only layer 1");
    }

    @Test
    void aWriteToARealImageFileCopiesItsTrueSizeUp() {
        List<Outcome> out = Fixtures.play(image, plan,
                steps().write(2, "/root/saved.txt", 10).on(2));

        assertThat(out.get(0)).isInstanceOfSatisfying(Outcome.CopiedUp.class,
                c -> assertThat(c.fromLayer()).isEqualTo(13));
        assertThat(out.get(0).explain()).contains("6405 bytes");
    }

    @Test
    void anImageSeemsBuiltFromADockerfileWhenItsTopLayerIsTheLastInstructions() {
        ImagePlan other = LayerPlanner.plan(DockerfileParser.parse(
                "FROM alpine\nRUN echo other\n", "Other"), PlanOptions.defaults());
        ImagePlan layerless = LayerPlanner.plan(DockerfileParser.parse(
                "FROM alpine\nCMD [\"sh\"]\n", "Base"), PlanOptions.defaults());

        assertThat(Simulator.seemsBuiltFrom(image, plan)).isTrue();
        assertThat(Simulator.seemsBuiltFrom(image, other)).isFalse();
        assertThat(Simulator.seemsBuiltFrom(image, layerless)).isTrue();
    }

    @Test
    void withoutADockerfileTheLayersAreNamedByTheirHistory() {
        List<LayerState> layers = Simulator.run(image, Optional.empty(), TWO, steps().on(1))
                .frame(0).state().nodes().get(0).layers();

        assertThat(layers.get(13).instruction()).isEqualTo("RUN");
        assertThat(layers.get(13).text()).contains("chmod +x /root/saved.txt");
    }
}
