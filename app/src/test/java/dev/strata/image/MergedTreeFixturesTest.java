package dev.strata.image;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The merged trees of the built demo image equal the expected files, in every format. */
class MergedTreeFixturesTest {
    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2", "v3", "v4"})
    void eachTagOfTheGzipLayoutMergesToItsExpectedTree(String tag) throws IOException {
        Image image = Fixtures.read(ReadOptions.defaults().withRef(tag),
                "built", "demo-oci-gzip-layout.tar");

        assertThat(Fixtures.listing(image.tree())).isEqualTo(expected(tag));
    }

    @ParameterizedTest
    @CsvSource({
        "demo-docker-archive.tar, DOCKER_ARCHIVE, docker.io/layerviz/demo:v4",
        "demo-oci-archive.tar, OCI_ARCHIVE, v4",
        "demo-oci-zstd-layout.tar, OCI_ARCHIVE, v4"})
    void everyConversionOfV4MergesToTheSameTree(String file, ImageFormat format, String ref)
            throws IOException {
        Image image = Fixtures.read("built", file);

        assertThat(image.format()).isEqualTo(format);
        assertThat(image.ref()).isEqualTo(ref);
        assertThat(image.layers()).hasSize(4);
        assertThat(Fixtures.listing(image.tree())).isEqualTo(expected("v4"));
    }

    private static String expected(String tag) throws IOException {
        return Files.readString(Fixtures.image("built", "expected-merged-" + tag + ".txt"));
    }
}
