package dev.strata.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.strata.image.Image;
import dev.strata.image.ImageReader;
import dev.strata.image.ReadOptions;
import dev.strata.image.TestArchives;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.strata.sim.Fixtures.steps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whiteouts in a real image act on the layers below only: "Files that are present in the same
 * layer as a whiteout file can only be hidden by whiteout files in subsequent layers" (OCI
 * image-spec layer.md, whiteouts), whatever the order of the entries in the layer's tar.
 */
class LayerMarkerRulesTest {
    @TempDir
    Path dir;

    private List<Outcome> play(byte[] top, Fixtures.Steps steps) throws IOException {
        byte[] base = new TestArchives().directory("a").file("a/old", "old\n")
                .file("foo", "lower foo\n").bytes();
        Image image = ImageReader.read(TestArchives.dockerSave(dir.resolve("image.tar"), base,
                top), ReadOptions.defaults());
        return Simulator.run(image, Optional.empty(),
                Fixtures.deployment(1, List.of(), List.of(), List.of()), steps.on(1))
                .frames().stream().skip(1).map(f -> f.outcome().orElseThrow()).toList();
    }

    @Test
    void aFolderWhitedOutAndMadeAgainInOneLayerShowsOnlyItsNewContents() throws IOException {
        byte[] top = new TestArchives().file(".wh.a", "").directory("a").file("a/x", "x\n")
                .bytes();

        List<Outcome> out = play(top, steps().read(1, "/a/old").read(1, "/a/x"));

        assertThat(out).extracting(Outcome::result).containsExactly(Result.ENOENT, Result.OK);
        assertThat(out.get(1).place()).isEqualTo(Place.image(1));
    }

    @Test
    void aWhiteoutAfterItsOwnLayersEntriesStillHidesOnlyTheLowerOnes() throws IOException {
        byte[] top = new TestArchives().directory("a").file("a/x", "x\n").file(".wh.a", "")
                .bytes();

        List<Outcome> out = play(top, steps().read(1, "/a/x").read(1, "/a/old")
                .mkdir(1, "/a"));

        assertThat(out).extracting(Outcome::result)
                .containsExactly(Result.OK, Result.ENOENT, Result.EEXIST);
    }

    @Test
    void aFileAndItsWhiteoutInOneLayerLeaveThatLayersFile() throws IOException {
        byte[] top = new TestArchives().file("foo", "upper foo!\n").file(".wh.foo", "").bytes();

        List<Outcome> out = play(top, steps().read(1, "/foo"));

        assertThat(out.get(0)).isInstanceOfSatisfying(Outcome.Served.class, served -> {
            assertThat(served.place()).isEqualTo(Place.image(1));
            assertThat(served.size()).isEqualTo("upper foo!\n".length());
        });
    }

    @Test
    void aWhiteoutOfAFolderWithEntriesOfTheSameLayerBelowItKeepsThem() throws IOException {
        byte[] top = new TestArchives().file(".wh.a", "").file("a/y", "y\n").bytes();

        List<Outcome> out = play(top, steps().read(1, "/a/y").read(1, "/a/old"));

        assertThat(out).extracting(Outcome::result).containsExactly(Result.OK, Result.ENOENT);
    }

    @Test
    void aPlainWhiteoutStillHidesTheLowerFile() throws IOException {
        byte[] top = new TestArchives().file(".wh.foo", "").bytes();

        assertThat(play(top, steps().read(1, "/foo")).get(0).result())
                .isEqualTo(Result.ENOENT);
    }
}
