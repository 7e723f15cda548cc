package dev.strata.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The files opened or saved last, newest first, kept in the user's preferences. */
final class RecentFiles {
    static final int MAX = 8;

    private static final Logger LOG = System.getLogger(RecentFiles.class.getName());
    private static final String KEY = "recent.";
    private static final String IMAGE = "IMAGE";

    /** A file and the text it was opened as; no text for an image archive. */
    record Recent(Optional<TextKind> kind, Path path) {
        Recent {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
        }

        Recent(TextKind kind, Path path) {
            this(Optional.of(kind), path);
        }

        static Recent image(Path archive) {
            return new Recent(Optional.empty(), archive);
        }

        /** What the file was opened as, for the menu. */
        String title() {
            return kind.map(TextKind::title).orElse("Image archive");
        }
    }

    private final Preferences node;

    RecentFiles(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The application's own list. */
    static RecentFiles forUser() {
        return new RecentFiles(Preferences.userNodeForPackage(RecentFiles.class));
    }

    List<Recent> list() {
        List<Recent> recent = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value != null) {
                parse(value).ifPresent(recent::add);
            }
        }
        return recent;
    }

    /** Puts the file first, once. */
    void add(TextKind kind, Path path) {
        add(new Recent(kind, path.toAbsolutePath().normalize()));
    }

    /** Puts the image archive first, once. */
    void addImage(Path archive) {
        add(Recent.image(archive.toAbsolutePath().normalize()));
    }

    private void add(Recent added) {
        List<Recent> recent = new ArrayList<>(list());
        recent.remove(added);
        recent.add(0, added);
        for (int i = 0; i < MAX; i++) {
            if (i < recent.size()) {
                Recent entry = recent.get(i);
                String kind = entry.kind().map(TextKind::name).orElse(IMAGE);
                node.put(KEY + i, kind + "\t" + entry.path());
            } else {
                node.remove(KEY + i);
            }
        }
        flush();
    }

    private static Optional<Recent> parse(String value) {
        int tab = value.indexOf('\t');
        try {
            String kind = value.substring(0, tab);
            Path path = Path.of(value.substring(tab + 1));
            return Optional.of(kind.equals(IMAGE) ? Recent.image(path)
                    : new Recent(TextKind.valueOf(kind), path));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            LOG.log(Level.DEBUG, "Skipping a recent file entry that cannot be read: {0}", value);
            return Optional.empty();
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(Level.WARNING, "The list of recent files could not be saved", e);
        }
    }
}
