package dev.strata.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.SharedFiles;
import dev.strata.cli.CommandLineTest.Run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import static dev.strata.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --image} with {@code --ref} and {@code --platform} on simulate, render and open, and
 * image inspect's {@code --layer}, {@code --ref} and {@code --platform}.
 */
class ImageOptionsTest {
    private static final Path BUILT = SharedFiles.resolve("fixtures", "images", "built");
    /** An OCI layout tagged base, v1, v2, v3 and v4, all linux/amd64. */
    private static final Path LAYOUT = BUILT.resolve("demo-oci-gzip-layout.tar");
    private static final Pattern LAYER = Pattern.compile("\"lands\":\"image\",\"volume\":null,"
            + "\"layer\":(\\d+)");
    private static final List<String> READS = List.of("/app/static/index.html",
            "/app/VERSION", "/app/run.sh");

    @TempDir
    Path dir;

    @Test
    void simulateWithRefReadsEachFileFromTheLayerImageInspectSaysAddedIt() throws IOException {
        Run run = run("simulate", "--sample", "tour", "--image", LAYOUT.toString(),
                "--ref", "v4", "--scenario", reads().toString(), "--json");

        assertThat(run.code()).isZero();
        assertThat(run.lines()).hasSize(READS.size());
        for (int i = 0; i < READS.size(); i++) {
            Matcher layer = LAYER.matcher(run.lines().get(i));
            assertThat(layer.find()).as(run.lines().get(i)).isTrue();
            Run inspect = run("image", "inspect", LAYOUT.toString(), "--ref", "v4",
                    "--layer", layer.group(1), "--json");
            assertThat(inspect.out()).contains("{\"path\":\"" + READS.get(i) + "\",\"kind\":"
                    + "\"file\"");
        }
    }

    @Test
    void simulateWithAnotherRefReadsAnotherImage() throws IOException {
        Run v1 = run("simulate", "--sample", "tour", "--image", LAYOUT.toString(),
                "--ref", "v1", "--scenario", reads().toString(), "--json");

        assertThat(v1.code()).isZero();
        assertThat(v1.lines().get(0)).contains("\"path\":\"/app/static/index.html\"",
                "\"result\":\"ENOENT\"");
    }

    @Test
    void simulateWithARefTheArchiveLacksExitsOneListingItsImages() {
        Run run = run("simulate", "--sample", "tour", "--image", LAYOUT.toString(),
                "--ref", "v9", "--json");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(LAYOUT + ":1:1: no image named v9; there are: base"
                + " (linux/amd64), v1 (linux/amd64), v2 (linux/amd64), v3 (linux/amd64),"
                + " v4 (linux/amd64)");
    }

    @Test
    void simulateOnAnArchiveOfSeveralImagesWithoutRefExitsOneSayingHowToChoose() {
        Run run = run("simulate", "--sample", "tour", "--image", LAYOUT.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(LAYOUT + ":1:1: the layout holds 5 images")
                .contains("v4 (linux/amd64)").endsWith("; choose one with --ref\n");
    }

    @Test
    void refWithoutImageIsBadUsageOnEachCommand() {
        for (String command : List.of("simulate", "render", "open")) {
            Run run = command.equals("render")
                    ? run(command, "--ref", "v4", "--out", dir.resolve("x.png").toString())
                    : run(command, "--ref", "v4");

            assertThat(run.code()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).isEqualTo("strata: --ref chooses an image in an"
                    + " archive: it needs --image ARCHIVE\n");
        }
    }

    @Test
    void platformWithoutImageIsBadUsage() {
        Run run = run("simulate", "--sample", "tour", "--platform", "linux/arm64");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--platform chooses an image in an archive: it needs"
                + " --image ARCHIVE");
    }

    @Test
    void anEmptyRefIsBadUsage() {
        Run run = run("simulate", "--sample", "tour", "--image", LAYOUT.toString(), "--ref", "");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--ref must not be empty");
    }

    @Test
    void aMissingImageArchiveIsBadInputBeforeAnyWindowOpens() {
        Path missing = dir.resolve("none.tar");

        Run open = run("open", "--sample", "tour", "--image", missing.toString());

        assertThat(open.code()).isEqualTo(1);
        assertThat(open.err()).isEqualTo(missing + ":1:1: no such file\n");
    }

    @Test
    void renderWithRefWritesThePicture() {
        Path png = dir.resolve("x.png");
        startToolkitAsTheUiTestsDo();

        Run run = run("render", "--sample", "tour", "--image", LAYOUT.toString(), "--ref", "v4",
                "--out", png.toString(), "--size", "400x300");

        assertThat(run.code()).isZero();
        assertThat(png).isNotEmptyFile();
        assertThat(png).content(StandardCharsets.ISO_8859_1)
                .startsWith("\u0089PNG");
    }

    @Test
    void aScenarioGivenAloneTakesAnImageAndItsRef() {
        Run run = run("simulate", Path.of("..", "assets", "samples", "tour.strata").toString(),
                "--image", LAYOUT.toString(), "--ref", "v4", "--json");

        assertThat(run.code()).isZero();
        assertThat(run.lines()).isNotEmpty();
    }

    @Test
    void imageInspectLayerListsThatLayersEntriesWithTheirMarks() {
        Run run = run("image", "inspect", LAYOUT.toString(), "--ref", "v4", "--layer", "2");

        assertThat(run.code()).isZero();
        assertThat(run.lines()).first().isEqualTo("oci-archive v4 linux/amd64");
        assertThat(run.lines()).endsWith(
                "  removed  o 0000          0 /app/static",
                "  modified d 0755          0 /app/static",
                "  added    f 0644         12 /app/static/index.html");
    }

    @Test
    void imageInspectLayerJsonGivesOnlyThatLayerItsEntryList() {
        Run run = run("image", "inspect", LAYOUT.toString(), "--ref", "v4", "--layer", "2",
                "--json");

        assertThat(run.code()).isZero();
        assertThat(run.out()).containsOnlyOnce("\"entryList\":");
        assertThat(run.out()).contains("{\"index\":2,").contains("{\"path\":"
                + "\"/app/static/index.html\",\"kind\":\"file\",\"size\":12,\"mode\":420,"
                + "\"linkTarget\":\"\",\"mark\":\"added\"}");
    }

    @Test
    void imageInspectLayerOutsideTheImageIsBadUsage() {
        Run run = run("image", "inspect", LAYOUT.toString(), "--ref", "v4", "--layer", "4");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--layer must be between 0 and 3, got 4");
    }

    @Test
    void imageInspectLayerOfAnImageWithoutLayersSaysSo() {
        Run run = run("image", "inspect", LAYOUT.toString(), "--ref", "base", "--layer", "0");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--layer 0: the image has no layers");
    }

    @Test
    void imageInspectRawWithARefIsBadUsage() {
        Run run = run("image", "inspect", LAYOUT.toString(), "--raw", "--ref", "v4");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--raw reads one lone layer");
    }

    @Test
    void imageInspectRefPicksOneImageOfTheLayout() {
        Run base = run("image", "inspect", LAYOUT.toString(), "--ref", "base", "--json");
        Run v2 = run("image", "inspect", LAYOUT.toString(), "--ref", "v2", "--json");

        assertThat(base.out()).contains("\"ref\":\"base\"", "\"layers\":[]");
        assertThat(v2.out()).contains("\"ref\":\"v2\"", "{\"index\":1,")
                .doesNotContain("{\"index\":2,");
    }

    @Test
    void imageInspectPlatformTheArchiveLacksExitsOneNamingWhatItHas() {
        Path amd64Only = BUILT.resolve("demo-oci-archive.tar");

        Run run = run("image", "inspect", amd64Only.toString(), "--platform", "linux/arm64");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(amd64Only + ":1:1: no image for platform linux/arm64;"
                + " there are: v4 (linux/amd64)\n");
    }

    @Test
    void imageInspectPlatformTheArchiveHasReadsIt() {
        Path arm64 = SharedFiles.resolve("fixtures", "images", "dive",
                "test-oci-gzip-image.tar");

        Run run = run("image", "inspect", arm64.toString(), "--platform", "linux/arm64",
                "--json");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"platform\":\"linux/arm64\"");
    }

    /** Reads of three files that the v4 image's layers add. */
    private Path reads() throws IOException {
        StringBuilder steps = new StringBuilder("steps:\n");
        READS.forEach(path -> steps.append("  - read: ").append(path).append('\n'));
        return Files.writeString(dir.resolve("reads.strata"), steps);
    }

    private static void startToolkitAsTheUiTestsDo() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX toolkit did not start", e);
        }
    }
}
