package dev.strata.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import dev.strata.SharedFiles;

/** The shared image fixtures, and the merged tree in the format of the expected files. */
final class Fixtures {
    private Fixtures() {
    }

    static Path image(String... path) {
        return SharedFiles.resolve("fixtures", prepend("images", path));
    }

    static Image read(String... path) throws IOException {
        return ImageReader.read(image(path), ReadOptions.defaults());
    }

    static Image read(ReadOptions options, String... path) throws IOException {
        return ImageReader.read(image(path), options);
    }

    /** One line per node: kind, mode, size, layer, path and link target. */
    static String listing(MergedTree tree) {
        return tree.nodes().stream().map(Fixtures::line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String line(MergedTree.Node node) {
        Entry entry = node.entry();
        String target = switch (entry.kind()) {
            case SYMLINK -> " -> " + entry.linkTarget();
            case HARDLINK -> " -> " + entry.linkTarget().substring(1);
            default -> "";
        };
        return String.format("%c   0o%o %6d L%d %s%s", entry.kind().letter(), entry.mode(),
                entry.size(), node.layer(), entry.path(), target);
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
