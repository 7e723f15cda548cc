package dev.strata.workspace;

import java.nio.file.Path;

import dev.strata.image.ReadOptions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the images an archive's reader offers out of its refusal, and choosing one. */
class ImageChoiceTest {
    @Test
    void aLayoutOfSeveralTagsOffersEachByRefAndPlatform() {
        String message = "a.tar:1:1: the layout holds 3 images (base (linux/amd64), v1 = latest"
                + " (linux/amd64), v2 (linux/arm64/v8)); choose one with --ref or --platform";

        assertThat(ImageChoice.offeredIn(message)).containsExactly(
                ImageChoice.of("base", "linux/amd64"), ImageChoice.of("v1", "linux/amd64"),
                ImageChoice.of("v2", "linux/arm64/v8"));
    }

    @Test
    void aDockerSaveOffersTheFirstTagOfEachImage() {
        String message = "b.tar:1:1: the archive holds 2 images (app:1 app:latest, db:2);"
                + " choose one with --ref";

        assertThat(ImageChoice.offeredIn(message)).containsExactly(ImageChoice.of("app:1", null),
                ImageChoice.of("db:2", null));
    }

    @Test
    void anImageKnownOnlyByItsDigestIsOfferedByItsPlatform() {
        String message = "c.tar:1:1: no image for platform linux/amd64; there are:"
                + " sha256:7d255e9e3d21 (linux/arm64), sha256:0123456789ab (linux/s390x)";

        assertThat(ImageChoice.offeredIn(message)).containsExactly(
                ImageChoice.of(null, "linux/arm64"), ImageChoice.of(null, "linux/s390x"));
    }

    @Test
    void aRefTheArchiveLacksOffersWhatItHas() {
        String message = "d.tar:1:1: no image tagged v9; the tags are: app:1, app:2";

        assertThat(ImageChoice.offeredIn(message)).containsExactly(ImageChoice.of("app:1", null),
                ImageChoice.of("app:2", null));
    }

    @Test
    void aMessageThatAsksNoChoiceOffersNone() {
        assertThat(ImageChoice.offeredIn("e.tar:1:1: not an image archive: no manifest.json,"
                + " index.json or repositories; a lone layer tar can be read with --raw"))
                .isEmpty();
    }

    @Test
    void aListingReadsBackAsTheSameChoice() {
        for (ImageChoice choice : new ImageChoice[] {ImageChoice.of("v4", "linux/amd64"),
                ImageChoice.of("v4", null), ImageChoice.of(null, "linux/arm64")}) {
            assertThat(ImageChoice.parse(choice.listing())).isEqualTo(choice);
        }
        assertThat(ImageChoice.parse("  ")).isEqualTo(ImageChoice.NONE);
    }

    @Test
    void theChoiceIsMadeInTheReadOptions() {
        ReadOptions options = ImageChoice.of("v4", "linux/arm64").applyTo(ReadOptions.defaults());

        assertThat(options.ref()).contains("v4");
        assertThat(options.platform()).contains("linux/arm64");
        ReadOptions defaults = ReadOptions.defaults();
        assertThat(ImageChoice.NONE.applyTo(defaults)).isSameAs(defaults);
    }

    @Test
    void theTitleNamesTheArchiveAndWhatWasChosenInIt() {
        Path archive = Path.of("/images/app.tar");

        assertThat(Workspace.imageLabel(archive, ImageChoice.NONE)).isEqualTo("image app.tar");
        assertThat(Workspace.imageLabel(archive, ImageChoice.of("v4", "linux/arm64")))
                .isEqualTo("image app.tar (v4, linux/arm64)");
    }
}
