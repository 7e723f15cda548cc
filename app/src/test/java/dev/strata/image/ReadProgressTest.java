package dev.strata.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader's progress reports and how it stops when told to. */
class ReadProgressTest {
    private static final int BIG_LAYERS = 6;

    @TempDir
    Path dir;

    /** One report as heard. */
    private record Heard(long bytesRead, long totalBytes, int layer, int layers) {
    }

    private final List<Heard> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void clearTheInterrupt() {
        Thread.interrupted();
    }

    @Test
    void reportsEveryLayerAndEndsAtTheWholeTotal() throws IOException {
        Fixtures.read(ReadOptions.defaults().withProgress(this::hear),
                "dive", "test-docker-image.tar");

        Heard last = heard.get(heard.size() - 1);
        assertThat(last.bytesRead()).isEqualTo(last.totalBytes()).isPositive();
        assertThat(last.layer()).isEqualTo(14);
        assertThat(last.layers()).isEqualTo(14);
        assertThat(heard).extracting(Heard::layer).isSorted().contains(0, 7, 13);
        assertThat(heard).extracting(Heard::bytesRead).isSorted();
    }

    @Test
    void aCancelledReadStopsBeforeTheEndWithACancellation() throws IOException {
        Path archive = bigArchive();
        AtomicBoolean cancel = new AtomicBoolean();
        ReadOptions options = ReadOptions.defaults().withCancel(cancel::get)
                .withProgress((read, total, layer, layers) -> {
                    hear(read, total, layer, layers);
                    cancel.set(read > 0);
                });

        assertThatThrownBy(() -> ImageReader.read(archive, options))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("cancelled");
        assertStoppedEarly();
    }

    @Test
    void interruptingTheReadingThreadStopsItWithACancellation() throws IOException {
        Path archive = bigArchive();
        Thread reader = Thread.currentThread();
        ReadOptions options = ReadOptions.defaults()
                .withProgress((read, total, layer, layers) -> {
                    hear(read, total, layer, layers);
                    if (read > 0) {
                        reader.interrupt();
                    }
                });

        assertThatThrownBy(() -> ImageReader.read(archive, options))
                .isInstanceOf(CancellationException.class);
        assertStoppedEarly();
    }

    @Test
    void aReadCancelledBeforeItStartsReadsNoLayer() throws IOException {
        Path archive = bigArchive();
        ReadOptions options = ReadOptions.defaults().withCancel(() -> true)
                .withProgress(this::hear);

        assertThatThrownBy(() -> ImageReader.read(archive, options))
                .isInstanceOf(CancellationException.class);
        assertThat(heard).isEmpty();
    }

    private void hear(long bytesRead, long totalBytes, int layer, int layers) {
        heard.add(new Heard(bytesRead, totalBytes, layer, layers));
    }

    private void assertStoppedEarly() {
        Heard last = heard.get(heard.size() - 1);
        assertThat(last.bytesRead()).isLessThan(last.totalBytes() / 2);
        assertThat(last.layers()).isEqualTo(BIG_LAYERS);
    }

    /** A docker save archive of a few layers of 4 MiB that do not compress. */
    private Path bigArchive() throws IOException {
        Random random = new Random(7);
        byte[][] layers = new byte[BIG_LAYERS][];
        for (int i = 0; i < layers.length; i++) {
            byte[] content = new byte[4 << 20];
            random.nextBytes(content);
            layers[i] = new TestArchives().file("data/" + i + ".bin", content).bytes();
        }
        return TestArchives.dockerSave(dir.resolve("big.tar"), layers);
    }
}
