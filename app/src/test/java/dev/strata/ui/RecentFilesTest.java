package dev.strata.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("strata-test-recent");
    private final RecentFiles recent = new RecentFiles(node);

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theLastFileOpenedComesFirstAndOnlyOnce() {
        Path dockerfile = Path.of("/work/app/Dockerfile");
        Path manifest = Path.of("/work/app/web.yaml");

        recent.add(TextKind.DOCKERFILE, dockerfile);
        recent.add(TextKind.MANIFEST, manifest);
        recent.add(TextKind.DOCKERFILE, dockerfile);

        assertThat(recent.list()).containsExactly(
                new RecentFiles.Recent(TextKind.DOCKERFILE, dockerfile),
                new RecentFiles.Recent(TextKind.MANIFEST, manifest));
    }

    @Test
    void keepsOnlyTheNewestFiles() {
        for (int i = 0; i < RecentFiles.MAX + 3; i++) {
            recent.add(TextKind.SCENARIO, Path.of("/lessons/" + i + ".strata"));
        }

        assertThat(recent.list()).hasSize(RecentFiles.MAX);
        assertThat(recent.list().get(0).path()).isEqualTo(
                Path.of("/lessons/" + (RecentFiles.MAX + 2) + ".strata"));
    }

    @Test
    void survivesInThePreferences() {
        recent.add(TextKind.MANIFEST, Path.of("/work/app/web.yaml"));

        assertThat(new RecentFiles(node).list()).hasSize(1);
    }

    @Test
    void skipsAnEntryItCannotRead() {
        node.put("recent.0", "garbage");
        recent.add(TextKind.MANIFEST, Path.of("/work/app/web.yaml"));

        assertThat(recent.list()).extracting(RecentFiles.Recent::kind)
                .containsExactly(Optional.of(TextKind.MANIFEST));
    }

    @Test
    void remembersAnImageArchiveAsAnImage() {
        Path archive = Path.of("/work/images/app.tar");
        recent.addImage(archive);
        recent.add(TextKind.DOCKERFILE, Path.of("/work/app/Dockerfile"));

        assertThat(new RecentFiles(node).list()).element(1)
                .isEqualTo(RecentFiles.Recent.image(archive));
    }
}
