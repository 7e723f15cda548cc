package dev.strata.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import dev.strata.SharedFiles;
import dev.strata.image.Image;
import dev.strata.image.ReadOptions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImageCacheTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedArchiveIsReadOnceAndAChangedOneAgain() throws IOException {
        Path archive = dir.resolve("image.tar");
        Files.copy(SharedFiles.resolve("fixtures", "images", "dive", "test-docker-image.tar"),
                archive);
        ImageCache cache = new ImageCache();

        Image first = cache.read(archive);
        Image again = cache.read(archive);
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Image changed = cache.read(archive);

        assertThat(again).isSameAs(first);
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.layers()).isEqualTo(first.layers());
    }

    @Test
    void anotherRefOrPlatformInTheSameArchiveIsReadAgain() throws IOException {
        Path layout = SharedFiles.resolve("fixtures", "images", "built",
                "demo-oci-gzip-layout.tar");
        ImageCache cache = new ImageCache();

        Image v4 = cache.read(layout, ReadOptions.defaults().withRef("v4"));
        Image v1 = cache.read(layout, ReadOptions.defaults().withRef("v1"));
        Image v1OnAmd64 = cache.read(layout, ReadOptions.defaults().withRef("v1")
                .withPlatform("linux/amd64"));
        Image v1Again = cache.read(layout, ReadOptions.defaults().withRef("v1")
                .withPlatform("linux/amd64"));

        assertThat(v4.ref()).isEqualTo("v4");
        assertThat(v1.ref()).isEqualTo("v1");
        assertThat(v1.layers()).hasSize(1);
        assertThat(v1OnAmd64).isNotSameAs(v1);
        assertThat(v1Again).isSameAs(v1OnAmd64);
    }
}
