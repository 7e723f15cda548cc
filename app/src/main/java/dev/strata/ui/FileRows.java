package dev.strata.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.FileEntry;

/** Draws lists of file entries the same way in writable layers and volumes. */
final class FileRows {
    static final PseudoClass WHITEOUT = PseudoClass.getPseudoClass("whiteout");
    static final PseudoClass COPIED_UP = PseudoClass.getPseudoClass("copied-up");
    static final PseudoClass DIRECTORY = PseudoClass.getPseudoClass("directory");

    private static final String PATH_KEY = "strata.path";

    private FileRows() {
    }

    /** The path a row drawn by {@link #list} stands for, or null for other nodes. */
    static String pathOf(Node node) {
        Object path = node.getProperties().get(PATH_KEY);
        return path instanceof String s ? s : null;
    }

    /** A box of rows, at most {@code limit} of them, then a "more" line. */
    static VBox list(List<FileEntry> entries, String prefix, int limit, String emptyText) {
        VBox box = new VBox();
        box.getStyleClass().add("file-list");
        List<FileEntry> shown = visible(entries);
        if (shown.isEmpty()) {
            box.getChildren().add(note(emptyText));
            return box;
        }
        int count = shown.size() > limit ? Math.max(1, limit - 1) : shown.size();
        for (FileEntry entry : shown.subList(0, count)) {
            box.getChildren().add(row(entry, prefix));
        }
        if (count < shown.size()) {
            box.getChildren().add(note("+ " + (shown.size() - count) + " more"));
        }
        return box;
    }

    /**
     * The entries with those that differ from {@code before} first, in their order, then the
     * rest: a list cut short to a few rows still shows what the last step changed.
     */
    static List<FileEntry> changedFirst(List<FileEntry> entries, List<FileEntry> before) {
        Set<FileEntry> old = new HashSet<>(before);
        List<FileEntry> ordered = new ArrayList<>(entries.size());
        entries.stream().filter(e -> !old.contains(e)).forEach(ordered::add);
        entries.stream().filter(old::contains).forEach(ordered::add);
        return ordered;
    }

    /** Files, whiteouts and opaque or empty directories; directories with entries are implied. */
    static List<FileEntry> visible(List<FileEntry> entries) {
        List<FileEntry> shown = new ArrayList<>();
        for (FileEntry entry : entries) {
            if (entry.kind() != EntryKind.DIRECTORY || isLeaf(entry, entries)) {
                shown.add(entry);
            }
        }
        return shown;
    }

    static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("file-note");
        return note;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String digits = value < 10 && value != Math.rint(value) ? "%.1f" : "%.0f";
        return String.format(Locale.ROOT, digits + " %s", value, units[unit]);
    }

    private static boolean isLeaf(FileEntry dir, List<FileEntry> entries) {
        String prefix = dir.path().endsWith("/") ? dir.path() : dir.path() + "/";
        return entries.stream().noneMatch(e -> e.path().startsWith(prefix));
    }

    private static HBox row(FileEntry entry, String prefix) {
        Label path = new Label(display(entry, prefix));
        path.getStyleClass().add("file-path");
        path.setMinWidth(0);
        path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        HBox row = new FileRow(path, gap);
        row.getStyleClass().add("file-entry");
        row.getProperties().put(PATH_KEY, entry.path());
        addTag(row, entry);
        return row;
    }

    private static void addTag(HBox row, FileEntry entry) {
        row.pseudoClassStateChanged(WHITEOUT, entry.kind() == EntryKind.WHITEOUT);
        row.pseudoClassStateChanged(COPIED_UP, entry.copiedUp());
        row.pseudoClassStateChanged(DIRECTORY, entry.kind() == EntryKind.DIRECTORY
                || entry.kind() == EntryKind.OPAQUE_DIRECTORY);
        row.getChildren().add(tag(entry));
    }

    /** What an entry is, in a word or its size: {@code whiteout}, {@code 1 KiB}. */
    static String tagText(FileEntry entry) {
        return switch (entry.kind()) {
            case WHITEOUT -> "whiteout";
            case OPAQUE_DIRECTORY -> "opaque dir";
            case DIRECTORY -> "dir";
            case SYMLINK -> "link";
            case FILE -> (entry.copiedUp() ? "copied up · " : "") + size(entry.size());
        };
    }

    private static Label tag(FileEntry entry) {
        Label tag = new Label(entry.kind() == EntryKind.SYMLINK ? "→ " + entry.target()
                : tagText(entry));
        tag.getStyleClass().add("file-tag");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        return tag;
    }

    private static String display(FileEntry entry, String prefix) {
        String path = entry.path();
        if (prefix.isEmpty() || prefix.equals("/")) {
            return path;
        }
        return prefix + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * A row that drops its tag when the path would otherwise be cut to a few letters: the
     * row's edge mark and struck-through text still say whiteout or copied up.
     */
    private static final class FileRow extends HBox {
        private static final double MIN_PATH_SHARE = 0.6;

        FileRow(Node... children) {
            super(children);
        }

        @Override
        protected void layoutChildren() {
            Node path = getChildren().get(0);
            Node tag = getChildren().get(getChildren().size() - 1);
            double inner = getWidth() - snappedLeftInset() - snappedRightInset();
            double room = inner - tag.prefWidth(-1) - getSpacing() * 2;
            boolean roomy = room >= Math.min(path.prefWidth(-1), inner * MIN_PATH_SHARE);
            tag.setVisible(roomy);
            if (roomy) {
                super.layoutChildren();
                return;
            }
            double h = getHeight() - snappedTopInset() - snappedBottomInset();
            path.resizeRelocate(snappedLeftInset(), snappedTopInset(), inner, h);
        }
    }
}
