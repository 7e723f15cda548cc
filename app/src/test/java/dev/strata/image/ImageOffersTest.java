package dev.strata.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.strata.SharedFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a refusal to guess among several images offers instead: each image once, with a ref
 * that, with the image's platform, reads that image and no other.
 */
class ImageOffersTest {
    private static final Path IMAGES = SharedFiles.resolve("fixtures", "images");

    @TempDir
    Path dir;

    private static ImageChoiceNeeded refusal(Path archive, ReadOptions options) {
        return catchThrowableOfType(() -> ImageReader.read(archive, options),
                ImageChoiceNeeded.class);
    }

    /** The files of the image each offer reads: one list per offer, in their order. */
    private static List<List<String>> readEachOffer(Path archive, ImageChoiceNeeded needed)
            throws IOException {
        List<List<String>> trees = new ArrayList<>();
        for (ImageChoiceNeeded.Offer offer : needed.offers()) {
            ReadOptions options = ReadOptions.defaults().withRef(offer.ref());
            Image image = ImageReader.read(archive, offer.platform().isEmpty() ? options
                    : options.withPlatform(offer.platform()));
            trees.add(image.layers().stream().map(Layer::diffId).toList());
        }
        return trees;
    }

    @Test
    void aLayoutOfSeveralTagsOffersEachTagWithItsPlatform() throws IOException {
        Path archive = IMAGES.resolve("built/demo-oci-gzip-layout.tar");

        ImageChoiceNeeded needed = refusal(archive, ReadOptions.defaults());

        assertThat(needed.reason()).isEqualTo("the layout holds 5 images");
        assertThat(needed.offers()).extracting(ImageChoiceNeeded.Offer::ref)
                .containsExactly("base", "v1", "v2", "v3", "v4");
        assertThat(needed.offers()).extracting(ImageChoiceNeeded.Offer::platform)
                .containsOnly("linux/amd64");
        assertThat(readEachOffer(archive, needed)).doesNotHaveDuplicates();
    }

    @Test
    void aDockerSaveOfTwoImagesOffersTheFirstTagOfEach() throws IOException {
        Path archive = IMAGES.resolve("go-containerregistry/tarball__test_bundle.tar");

        ImageChoiceNeeded needed = refusal(archive, ReadOptions.defaults());

        assertThat(needed.offers()).hasSize(2);
        assertThat(readEachOffer(archive, needed)).doesNotHaveDuplicates();
    }

    @Test
    void imagesWithTheSameNameAndPlatformAreOfferedByDigest() throws IOException {
        Layouts layout = new Layouts();
        String one = layout.image("linux", "amd64", Layouts.named("app:1"), "one");
        String two = layout.image("linux", "amd64", Layouts.named("app:1"), "two");
        Path archive = layout.write(dir.resolve("twins.tar"), one, two);

        ImageChoiceNeeded needed = refusal(archive, ReadOptions.defaults());

        assertThat(needed.offers()).extracting(ImageChoiceNeeded.Offer::ref)
                .allMatch(ref -> ref.startsWith("sha256:"));
        assertThat(readEachOffer(archive, needed)).doesNotHaveDuplicates();
    }

    @Test
    void aRefTheArchiveLacksOffersWhatItHas() {
        Path archive = IMAGES.resolve("built/demo-oci-gzip-layout.tar");

        ImageChoiceNeeded needed = refusal(archive, ReadOptions.defaults().withRef("v9"));

        assertThat(needed.reason()).isEqualTo("no image named v9");
        assertThat(needed.offers()).hasSize(5);
        assertThat(needed.getMessage()).contains("v9", "there are: base");
    }

    @Test
    void onlyLinuxImagesAreOffered() throws IOException {
        Layouts layout = new Layouts();
        String linux = layout.image("linux", "arm64", Layouts.platform("linux/arm64"), "l");
        String other = layout.image("linux", "s390x", Layouts.platform("linux/s390x"), "s");
        String windows = layout.image("windows", "amd64", Layouts.platform("windows/amd64"),
                "w");
        Path archive = layout.write(dir.resolve("mixed.tar"), linux, other, windows);

        ImageChoiceNeeded needed = refusal(archive, ReadOptions.defaults());

        assertThat(needed).isNotNull();
        assertThat(needed.offers()).extracting(ImageChoiceNeeded.Offer::platform)
                .containsExactly("linux/arm64", "linux/s390x");
        assertThat(readEachOffer(archive, needed)).doesNotHaveDuplicates();
    }
}
