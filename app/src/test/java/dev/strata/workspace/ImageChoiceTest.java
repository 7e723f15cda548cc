package dev.strata.workspace;

import java.nio.file.Path;

import dev.strata.image.ReadOptions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A choice of image in an archive: as listed, as typed, and made in the read options. */
class ImageChoiceTest {
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
