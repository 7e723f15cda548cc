package dev.strata.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every blob is checked against its descriptor, as OCI image-spec descriptor.md
 * (Verification) asks: its digest, and its size, which when it differs SHOULD NOT be trusted.
 */
class VerificationTest {
    private static final String CONFIG = "{\"os\":\"linux\",\"architecture\":\"amd64\"}";

    @TempDir
    Path dir;

    private final byte[] layer;

    VerificationTest() throws IOException {
        layer = new TestArchives().file("a", "a").bytes();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String descriptor(String mediaType, String digest, long size) {
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + digest + "\",\"size\":"
                + size + "}";
    }

    private static String manifest(String config, String layerDescriptor) {
        return "{\"schemaVersion\":2,\"config\":" + config + ",\"layers\":[" + layerDescriptor
                + "]}";
    }

    private Image read(Path archive) throws IOException {
        return ImageReader.read(archive, ReadOptions.defaults());
    }

    @Test
    void refusesAManifestWhoseContentIsNotItsDigest() throws IOException {
        Layouts layout = new Layouts();
        String config = layout.blob(Layouts.CONFIG, CONFIG);
        String layerDescriptor = layout.blob(Layouts.LAYER, layer, "");
        byte[] real = utf8(manifest(config, layerDescriptor));
        String claimed = TestArchives.sha256(utf8("something else"));
        layout.file("blobs/sha256/" + claimed.substring(7), real);
        Path archive = layout.write(dir.resolve("m.tar"),
                descriptor(Layouts.MANIFEST, claimed, real.length));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("manifest " + claimed + ": digest "
                        + TestArchives.sha256(real) + " does not match the " + claimed
                        + " it is named by");
    }

    @Test
    void refusesAConfigWhoseContentIsNotItsDigest() throws IOException {
        Layouts layout = new Layouts();
        String claimed = TestArchives.sha256(utf8("another config"));
        layout.file("blobs/sha256/" + claimed.substring(7), CONFIG);
        String config = descriptor(Layouts.CONFIG, claimed, CONFIG.length());
        String manifest = layout.blob(Layouts.MANIFEST, manifest(config,
                layout.blob(Layouts.LAYER, layer, "")));
        Path archive = layout.write(dir.resolve("c.tar"), manifest);

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining(": config " + claimed + ": digest "
                        + TestArchives.sha256(utf8(CONFIG)) + " does not match");
    }

    @Test
    void refusesANestedIndexWhoseContentIsNotItsDigest() throws IOException {
        Layouts layout = new Layouts();
        String index = Layouts.indexJson(layout.image("linux", "amd64", "", "a"));
        String claimed = TestArchives.sha256(utf8("another index"));
        layout.file("blobs/sha256/" + claimed.substring(7), index);
        Path archive = layout.write(dir.resolve("i.tar"),
                descriptor(Layouts.INDEX, claimed, index.length()));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining("index " + claimed + ": digest");
    }

    @ParameterizedTest
    @ValueSource(longs = {1_000_000_000_000_000L, 1})
    void refusesALayerWhoseSizeIsNotTheDescriptors(long size) throws IOException {
        Layouts layout = new Layouts();
        String config = layout.blob(Layouts.CONFIG, CONFIG);
        layout.blob(Layouts.LAYER, layer, "");
        String lie = descriptor(Layouts.LAYER, TestArchives.sha256(layer), size);
        Path archive = layout.write(dir.resolve("size.tar"),
                layout.blob(Layouts.MANIFEST, manifest(config, lie)));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith(": the descriptor gives a size of " + size + " bytes, but"
                        + " blobs/sha256/" + TestArchives.sha256(layer).substring(7) + " has "
                        + layer.length);
    }

    @Test
    void refusesAManifestWhoseSizeIsNotTheDescriptors() throws IOException {
        Layouts layout = new Layouts();
        String image = layout.image("linux", "amd64", "", "a");
        String lie = image.replaceFirst("\"size\":\\d+", "\"size\":1");
        Path archive = layout.write(dir.resolve("size.tar"), lie);

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining(": the descriptor gives a size of 1 bytes, but blobs/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "\"12\""})
    void refusesASizeThatIsNotANumberOfBytes(String size) throws IOException {
        Layouts layout = new Layouts();
        String image = layout.image("linux", "amd64", "", "a");
        Path archive = layout.write(dir.resolve("size.tar"),
                image.replaceFirst("\"size\":\\d+", "\"size\":" + size));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("index.json: manifests[0]: size " + size
                        + " is not a number of bytes");
    }

    @Test
    void readsAManifestNamedBySha512() throws IOException {
        Layouts layout = new Layouts();
        String config = layout.blob(Layouts.CONFIG, CONFIG);
        byte[] manifest = utf8(manifest(config, layout.blob(Layouts.LAYER, layer, "")));
        String digest = sha512(manifest);
        layout.file("blobs/sha512/" + digest.substring(7), manifest);
        Path archive = layout.write(dir.resolve("512.tar"),
                descriptor(Layouts.MANIFEST, digest, manifest.length));

        assertThat(read(archive).tree().paths()).containsExactly("/a");
    }

    @Test
    void refusesALayerWhoseSha512IsNotItsContent() throws IOException {
        Layouts layout = new Layouts();
        String config = layout.blob(Layouts.CONFIG, CONFIG);
        String claimed = sha512(utf8("other"));
        layout.file("blobs/sha512/" + claimed.substring(7), layer);
        String layerDescriptor = descriptor(Layouts.LAYER, claimed, layer.length);
        Path archive = layout.write(dir.resolve("512.tar"),
                layout.blob(Layouts.MANIFEST, manifest(config, layerDescriptor)));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining("layer 0 (blobs/sha512/").hasMessageContaining(
                        "digest " + sha512(layer) + " does not match the " + claimed);
    }

    @Test
    void refusesADockerConfigWhoseNameIsNotItsDigest() throws IOException {
        String name = "ab".repeat(32) + ".json";
        Path archive = new TestArchives().file("0/layer.tar", layer).file(name, CONFIG)
                .file("manifest.json", "[{\"Config\":\"" + name + "\",\"Layers\":"
                        + "[\"0/layer.tar\"]}]")
                .write(dir.resolve("cfg.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith(name + ": digest " + TestArchives.sha256(utf8(CONFIG))
                        + " does not match the sha256:" + "ab".repeat(32) + " it is named by");
    }

    @Test
    void readsADockerConfigNamedByItsDigest() throws IOException {
        String name = TestArchives.sha256(utf8(CONFIG)).substring(7) + ".json";
        Path archive = new TestArchives().file("0/layer.tar", layer).file(name, CONFIG)
                .file("manifest.json", "[{\"Config\":\"" + name + "\",\"Layers\":"
                        + "[\"0/layer.tar\"]}]")
                .write(dir.resolve("cfg.tar"));

        assertThat(read(archive).platform()).isEqualTo("linux/amd64");
    }

    @Test
    void refusesADigestOfTheWrongLength() throws IOException {
        Path archive = new Layouts().write(dir.resolve("short.tar"),
                descriptor(Layouts.MANIFEST, "sha256:abc", 3));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("malformed digest \"sha256:abc\": sha256 takes 64"
                        + " lower-case hex digits");
    }

    private static String sha512(byte[] content) {
        try {
            return "sha512:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-512").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
