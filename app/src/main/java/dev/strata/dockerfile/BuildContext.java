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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 *
 * <p>What the ignore file excludes is not in the context, as BuildKit never sends it: a
 * source naming it is not found, and a directory copy leaves it out. An excluded directory
 * is still there if an exception brings back something inside it, holding only that.
 */
final class BuildContext {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path root;
    private final DockerIgnore ignore;

    BuildContext(Path root, DockerIgnore ignore) {
        this.root = root.toAbsolutePath().normalize();
        this.ignore = ignore;
    }

    BuildContext(Path root) {
        this(root, DockerIgnore.none());
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
            throw notFound(source, at);
        }
        Entry entry = entry(path, at);
        if (!isSent(entry, at)) {
            throw notFound(source, at);
        }
        return List.of(entry);
    }

    private static InputException notFound(String source, SourcePosition at) {
        return new InputException(at, "file not found in build context: " + source);
    }

    /** Whether BuildKit sends an entry: it is not excluded, or holds something that is not. */
    private boolean isSent(Entry entry, SourcePosition at) {
        DockerIgnore.Verdict verdict = ignore.test(entry.relative());
        return !verdict.excluded() || (entry.directory()
                && ignore.mayReincludeBelow(entry.relative())
                && !walk(entry, verdict, at).isEmpty());
    }

    /**
     * Every entry below a directory of the context that BuildKit sends, links listed but
     * not followed.
     */
    List<Entry> below(Entry directory, SourcePosition at) {
        return walk(directory, ignore.test(directory.relative()), at);
    }

    /**
     * The entries below a directory that are not excluded, each directory before what it
     * holds. An excluded directory is listed only once something in it is, as fsutil's walk
     * sends it, and entered only if an exception could reach inside.
     */
    private List<Entry> walk(Entry directory, DockerIgnore.Verdict verdict, SourcePosition at) {
        List<Entry> entries = new ArrayList<>();
        Path start = directory.relative().isEmpty() ? root : root.resolve(directory.relative());
        Deque<Level> levels = new ArrayDeque<>();
        levels.push(new Level(new Entry(directory.relative(), 0, true), verdict, true));
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(start)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Entry entry = new Entry(relativeOf(dir), 0, true);
                    DockerIgnore.Verdict tested = ignore.test(entry.relative(),
                            levels.peek().verdict());
                    if (tested.excluded() && !ignore.mayReincludeBelow(entry.relative())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    levels.push(new Level(entry, tested, false));
                    if (!tested.excluded()) {
                        send(entries, levels);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Entry entry = new Entry(relativeOf(file), attrs.size(), false);
                    if (!ignore.test(entry.relative(), levels.peek().verdict()).excluded()) {
                        send(entries, levels);
                        entries.add(entry);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e)
                        throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    if (!dir.equals(start)) {
                        levels.pop();
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(at, e);
        }
        return entries;
    }

    /** A directory being walked, and whether it has been listed yet. */
    private static final class Level {
        private final Entry entry;
        private final DockerIgnore.Verdict verdict;
        private boolean sent;

        Level(Entry entry, DockerIgnore.Verdict verdict, boolean sent) {
            this.entry = entry;
            this.verdict = verdict;
            this.sent = sent;
        }

        DockerIgnore.Verdict verdict() {
            return verdict;
        }
    }

    /** Lists the directories being walked that are not listed yet, outermost first. */
    private static void send(List<Entry> entries, Deque<Level> levels) {
        levels.descendingIterator().forEachRemaining(level -> {
            if (!level.sent) {
                entries.add(level.entry);
                level.sent = true;
            }
        });
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
                    .sorted().map(p -> entry(p, at)).filter(e -> isSent(e, at)).toList();
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
