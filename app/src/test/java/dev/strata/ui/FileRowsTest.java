package dev.strata.ui;

import java.util.List;

import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.FileEntry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files a writable layer cut to a few rows still shows. */
class FileRowsTest {
    private static FileEntry file(String path, long size) {
        return new FileEntry(path, size, EntryKind.FILE, false);
    }

    @Test
    void whatTheLastStepChangedComesFirstSoThatACutListStillShowsIt() {
        List<FileEntry> before = List.of(file("/a", 1), file("/b", 1), file("/c", 1));
        List<FileEntry> now = List.of(file("/a", 1), file("/b", 9), file("/c", 1),
                file("/z", 1));

        assertThat(FileRows.changedFirst(now, before)).extracting(FileEntry::path)
                .containsExactly("/b", "/z", "/a", "/c");
    }

    @Test
    void withNothingDrawnBeforeTheOrderIsKept() {
        List<FileEntry> now = List.of(file("/a", 1), file("/b", 1));

        assertThat(FileRows.changedFirst(now, List.of())).isEqualTo(now);
    }
}
