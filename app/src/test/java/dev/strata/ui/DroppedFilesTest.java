package dev.strata.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DroppedFilesTest {
    @Test
    void aStrataFileIsAScenario() {
        assertThat(DroppedFiles.classify("tour.strata", "")).contains(TextKind.SCENARIO);
    }

    @Test
    void dockerfileNamesAreDockerfilesWhateverTheirContent() {
        assertThat(DroppedFiles.classify("Dockerfile", "")).contains(TextKind.DOCKERFILE);
        assertThat(DroppedFiles.classify("Dockerfile.dev", "")).contains(TextKind.DOCKERFILE);
        assertThat(DroppedFiles.classify("web.Dockerfile", "")).contains(TextKind.DOCKERFILE);
        assertThat(DroppedFiles.classify("Containerfile", "")).contains(TextKind.DOCKERFILE);
    }

    @Test
    void yamlWithKubernetesKeysIsAManifest() {
        String deployment = "apiVersion: apps/v1\nkind: Deployment\n";

        assertThat(DroppedFiles.classify("web.yaml", deployment)).contains(TextKind.MANIFEST);
        assertThat(DroppedFiles.classify("web.json", "{\"kind\": \"Pod\"}"))
                .contains(TextKind.MANIFEST);
    }

    @Test
    void yamlWithStepsAndNoKubernetesKeysIsAScenario() {
        String scenario = "title: Logs\nsteps:\n  - write: /var/log/app.log\n";

        assertThat(DroppedFiles.classify("lesson.yml", scenario)).contains(TextKind.SCENARIO);
    }

    @Test
    void anUnnamedFileIsToldByItsFirstLines() {
        assertThat(DroppedFiles.classify("build", "# comment\n\nFROM alpine\n"))
                .contains(TextKind.DOCKERFILE);
        assertThat(DroppedFiles.classify("app", "apiVersion: v1\nkind: Pod\n"))
                .contains(TextKind.MANIFEST);
        assertThat(DroppedFiles.classify("lesson", "steps:\n  - restart: 1\n"))
                .contains(TextKind.SCENARIO);
    }

    @Test
    void anythingElseIsNotTaken() {
        assertThat(DroppedFiles.classify("image.tar", "\u0000\u0000ustar")).isEmpty();
        assertThat(DroppedFiles.classify("notes.txt", "remember the milk")).isEmpty();
    }

    @Test
    void archivesAndLayoutFoldersAreImages(@TempDir Path dir) throws IOException {
        Path layout = Files.createDirectory(dir.resolve("layout"));
        Files.writeString(layout.resolve("oci-layout"), "{}");

        assertThat(DroppedFiles.isImageArchive(dir.resolve("app.tar"))).isTrue();
        assertThat(DroppedFiles.isImageArchive(dir.resolve("App.TAR.ZST"))).isTrue();
        assertThat(DroppedFiles.isImageArchive(layout)).isTrue();
        assertThat(DroppedFiles.isImageArchive(dir)).isFalse();
        assertThat(DroppedFiles.isImageArchive(dir.resolve("Dockerfile"))).isFalse();
    }
}
