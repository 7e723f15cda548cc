package dev.strata.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("lesson.strata");

        AtomicFiles.writeString(target, "steps:\n  - restart: 1\n");

        assertThat(target).hasContent("steps:\n  - restart: 1\n");
        assertThat(names()).containsExactly("lesson.strata");
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path target = dir.resolve("lesson.strata");
        Files.writeString(target, "a much longer old text that must not survive in part\n");

        AtomicFiles.writeString(target, "new\n");

        assertThat(target).hasContent("new\n");
        assertThat(names()).containsExactly("lesson.strata");
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("taken");
        Files.createDirectories(target.resolve("inside"));

        try {
            AtomicFiles.writeString(target, "text");
        } catch (IOException expected) {
            // A non-empty directory cannot be replaced by a file.
        }

        assertThat(target.resolve("inside")).isDirectory();
        assertThat(names()).containsExactly("taken");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
