package dev.strata.dockerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * The build context directory, seen only through names, sizes and types: file contents
 * are never read, symbolic links are never followed, and no source may leave the directory.
 *
 * <p>BuildKit clamps a {@code ..} at the context root; here a source that climbs out of the
 * context is refused, so that the picture never shows a file that is not in the context.
 */
final class BuildContext {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path root;

    BuildContext(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** One file or directory of the context, by its path relative to the context. */
    record Entry(String relative, long size, boolean directory) {
    }

    /**
     * The entries a COPY or ADD source names: one for a plain path, each match for a
     * pattern.
     */
    List<Entry> lookUp(String source, SourcePosition at) {
        String relative = inside(source, at);
        if (relative.chars().anyMatch(c -> c == '*' || c == '?' || c == '[')) {
            return glob(relative, source, at);
        }
        Path path = relative.isEmpty() ? root : root.resolve(relative);
        refuseLinksOnTheWay(path, source, at);
        if (!Files.exists(path, NOFOLLOW)) {
            throw new InputException(at, "file not found in build context: " + source);
        }
        return List.of(entry(path, at));
    }

    /** Every entry below a directory of the context, links listed but not followed. */
    List<Entry> below(Entry directory, SourcePosition at) {
        List<Entry> entries = new ArrayList<>();
        Path start = directory.relative().isEmpty() ? root : root.resolve(directory.relative());
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(start)) {
                        entries.add(new Entry(relativeOf(dir), 0, true));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    entries.add(new Entry(relativeOf(file), attrs.size(), false));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(at, e);
        }
        return entries;
    }

    /** The source relative to the context root, or an error if it climbs out of it. */
    private String inside(String source, SourcePosition at) {
        int depth = 0;
        List<String> parts = new ArrayList<>();
        for (String part : source.split("/")) {
            if (part.equals("..")) {
                depth--;
                if (depth < 0) {
                    throw new InputException(at, "source " + source
                            + " is outside the build context");
                }
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private void refuseLinksOnTheWay(Path path, String source, SourcePosition at) {
        for (Path p = path.getParent(); p != null && p.startsWith(root) && !p.equals(root);
                p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new InputException(at, "source " + source
                        + " goes through a symbolic link, which is not followed");
            }
        }
    }

    private List<Entry> glob(String pattern, String source, SourcePosition at) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        int depth = pattern.split("/").length;
        List<Entry> matches;
        try (Stream<Path> paths = Files.walk(root, depth)) {
            matches = paths.filter(p -> !p.equals(root))
                    .filter(p -> matcher.matches(root.relativize(p)))
                    .sorted().map(p -> entry(p, at)).toList();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(at, e);
        }
        if (matches.isEmpty()) {
            throw new InputException(at, "no file in build context matches " + source);
        }
        return matches;
    }

    private Entry entry(Path path, SourcePosition at) {
        try {
            BasicFileAttributes attrs =
                    Files.readAttributes(path, BasicFileAttributes.class, NOFOLLOW);
            return new Entry(relativeOf(path), attrs.isDirectory() ? 0 : attrs.size(),
                    attrs.isDirectory());
        } catch (IOException e) {
            throw unreadable(at, e);
        }
    }

    private static InputException unreadable(SourcePosition at, Exception e) {
        return new InputException(at, "cannot read the build context: " + e.getMessage(), e);
    }

    private String relativeOf(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
