package dev.strata.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.strata.image.ImageReader;
import dev.strata.image.ReadOptions;
import dev.strata.source.InputException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * The bytes are written to a file and read twice: as an image archive, then as a lone
 * layer ({@code --raw}). An IOException escapes on purpose: reading a local temporary
 * file should not fail, so one means the reader let a decoder's error through.
 */
class ImageArchiveFuzzTest {
    private static final Path FILE = tempFile();

    @FuzzTest(maxDuration = FuzzLimits.DURATION)
    @Timeout(value = FuzzLimits.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void readsAnyArchiveOrSaysWhatIsWrong(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        read(ReadOptions.defaults());
        read(ReadOptions.defaults().withRaw(true));
    }

    private static void read(ReadOptions options) throws IOException {
        try {
            ImageReader.read(FILE, options);
        } catch (InputException expected) {
            // Bad input is reported, which is all this target asks.
        }
    }

    private static Path tempFile() {
        try {
            Path file = Files.createTempFile("strata-fuzz-", ".tar");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
