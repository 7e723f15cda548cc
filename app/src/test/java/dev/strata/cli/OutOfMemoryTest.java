package dev.strata.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An image with more entries than the heap can list ends like any other input Strata cannot
 * read: a message at the file and exit status 1, not a stack trace. Run in a JVM of its own
 * with a small heap, as a user with a huge image would.
 */
class OutOfMemoryTest {
    private static final int ENTRIES = 150_000;

    @TempDir
    Path dir;

    @Test
    void anImageTooLargeForTheHeapIsReportedNotThrown() throws Exception {
        Path layer = dir.resolve("huge-layer.tar.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(layer));
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (int i = 0; i < ENTRIES; i++) {
                TarArchiveEntry entry = new TarArchiveEntry(
                        String.format("dir%04d/file-%07d.txt", i / 1000, i));
                entry.setModTime(0);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx16m", "-cp",
                System.getProperty("java.class.path"), "dev.strata.Main", "image", "inspect",
                "--raw", layer.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String errors = new String(process.getErrorStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(errors).isEqualTo(1);
        assertThat(errors).startsWith(layer + ":1:1: too large to read in the ")
                .contains("MiB of heap").doesNotContain("Exception", "\tat ");
    }
}
