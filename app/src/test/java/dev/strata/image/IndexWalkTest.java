package dev.strata.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The walk of an OCI layout's index tree: each index read once, bounded, stoppable. */
class IndexWalkTest {
    @TempDir
    Path dir;

    private static String times(int n, String descriptor) {
        return String.join(",", Collections.nCopies(n, descriptor));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void readsEachNestedIndexOnceHoweverOftenItIsListed() throws IOException {
        Layouts layout = new Layouts();
        String level = layout.image("linux", "amd64", "", "a");
        for (int depth = 0; depth < 8; depth++) {
            level = layout.index("", times(30, level));
        }
        Path archive = layout.write(dir.resolve("wide.tar"), times(30, level));

        Image image = ImageReader.read(archive, ReadOptions.defaults());

        assertThat(image.tree().paths()).containsExactly("/a");
    }

    @Test
    void refusesAnIndexTreeOfMoreThanAHundredThousandDescriptors() throws IOException {
        Path archive = new Layouts().write(dir.resolve("many.tar"),
                times(OciLayouts.MAX_DESCRIPTORS + 1, "{}"));

        assertThatThrownBy(() -> ImageReader.read(archive, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("index.json: the indexes list more than 100000"
                        + " descriptors, more than an image layout holds");
    }

    @Test
    void stopsTheWalkWhenTheReadingIsCancelled() throws IOException {
        Layouts layout = new Layouts();
        Path archive = layout.write(dir.resolve("one.tar"),
                layout.image("linux", "amd64", "", "a"));
        ReadOptions cancelled = ReadOptions.defaults().withCancel(() -> true);

        assertThatThrownBy(() -> ImageReader.read(archive, cancelled))
                .isInstanceOf(CancellationException.class).hasMessageContaining("cancelled");
    }

    @Test
    void stopsTheWalkWhenTheThreadIsInterrupted() throws IOException {
        Layouts layout = new Layouts();
        Path archive = layout.write(dir.resolve("one.tar"),
                layout.image("linux", "amd64", "", "a"));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> ImageReader.read(archive, ReadOptions.defaults()))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void namesTheIndexThatLeadsBackInACycle() throws IOException {
        // Content-addressed indexes cannot form a cycle; digests not verified here can.
        String a = "blake3:" + "aa".repeat(32);
        String b = "blake3:" + "bb".repeat(32);
        Path archive = new Layouts()
                .file("blobs/blake3/" + "aa".repeat(32), Layouts.indexJson(nestedIndex(b)))
                .file("blobs/blake3/" + "bb".repeat(32), Layouts.indexJson(nestedIndex(a)))
                .write(dir.resolve("cycle.tar"), nestedIndex(a));

        assertThatThrownBy(() -> ImageReader.read(archive, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("index " + b + " leads back to index " + a
                        + ", which leads to it: the indexes form a cycle");
    }

    private static String nestedIndex(String digest) {
        return "{\"mediaType\":\"" + Layouts.INDEX + "\",\"digest\":\"" + digest + "\"}";
    }

    @Test
    void warnsThatADigestItCannotComputeIsNotVerified() throws IOException {
        Layouts layout = new Layouts();
        String image = layout.image("linux", "amd64", "", "a");
        String digest = "blake3:" + "ee".repeat(32);
        Path archive = layout.file("blobs/blake3/" + "ee".repeat(32), Layouts.indexJson(image))
                .write(dir.resolve("blake.tar"), nestedIndex(digest));

        Image read = ImageReader.read(archive, ReadOptions.defaults());

        assertThat(read.warnings()).containsExactly("index " + digest + ": digest algorithm"
                + " blake3 is not supported here (sha256, sha512); content not verified");
    }
}
