package dev.strata.dockerfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * The patterns of a .dockerignore file, which take files out of the build context before
 * any instruction sees it (docs.docker.com/build/concepts/context/#dockerignore-files).
 *
 * <p>The file is read as moby/patternmatcher's ignorefile.ReadAll reads it: a line that
 * starts with {@code #} in its first column is a comment; the rest are trimmed, a leading
 * {@code !} makes an exception, and each pattern is cleaned as Go's filepath.Clean cleans a
 * path, leading {@code /} dropped, so {@code /a/b/}, {@code a//b} and {@code ./a/b} are all
 * {@code a/b}; lines left empty are skipped.
 *
 * <p>Paths are tested the way BuildKit walks the context (tonistiigi/fsutil with
 * patternmatcher's MatchesUsingParentResults): going down the tree, each path inherits the
 * patterns its directory matched and is tested against the others only when they could
 * change the answer; the last pattern that matches decides. So a pattern that excludes a
 * directory excludes everything in it, and an exception listed after it re-includes just
 * what the exception names.
 */
final class DockerIgnore {
    private static final String FILE_NAME = ".dockerignore";
    private static final DockerIgnore NONE = new DockerIgnore(List.of(), List.of());
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final long MAX_SIZE = 16L << 20;
    private static final int MAX_LINE_BYTES = 64 << 10;

    private final List<IgnorePattern> patterns;
    /** Where each pattern was written, for the messages about it. */
    private final List<SourcePosition> positions;
    private final Verdict top;

    private DockerIgnore(List<IgnorePattern> patterns, List<SourcePosition> positions) {
        this.patterns = List.copyOf(patterns);
        this.positions = List.copyOf(positions);
        this.top = new Verdict(false, new boolean[patterns.size()]);
    }

    /** A pattern and where it was written. */
    private record Line(IgnorePattern pattern, SourcePosition position) {
    }

    /** No patterns: everything in the context is in it. */
    static DockerIgnore none() {
        return NONE;
    }

    /**
     * The ignore file of a build, as BuildKit's Dockerfile frontend picks it: the
     * Dockerfile's own {@code NAME.dockerignore} beside it wins over the context's
     * {@code .dockerignore}; with neither, nothing is ignored. A Dockerfile that is not a
     * file (text typed in the window) is taken to lie at the context root. Neither file is
     * read through a symbolic link.
     *
     * @param context the build context directory
     * @param dockerfile the name the Dockerfile was read under
     * @throws InputException when the file that applies cannot be read or holds a bad pattern
     */
    static DockerIgnore forBuild(Path context, String dockerfile) {
        Path own = ownIgnoreFile(context, dockerfile);
        if (isFile(own)) {
            return read(own);
        }
        Path shared = context.resolve(FILE_NAME).normalize();
        return isFile(shared) ? read(shared) : NONE;
    }

    private static Path ownIgnoreFile(Path context, String dockerfile) {
        try {
            Path file = Path.of(dockerfile);
            if (Files.isRegularFile(file) && file.getFileName() != null) {
                return file.resolveSibling(file.getFileName() + FILE_NAME);
            }
            Path name = file.getFileName();
            return context.resolve((name == null ? "Dockerfile" : name) + FILE_NAME).normalize();
        } catch (InvalidPathException e) {
            return context.resolve("Dockerfile" + FILE_NAME).normalize();
        }
    }

    /** Whether a file is there to read; a link is refused rather than followed. */
    private static boolean isFile(Path path) {
        try {
            BasicFileAttributes attrs =
                    Files.readAttributes(path, BasicFileAttributes.class, NOFOLLOW);
            if (attrs.isSymbolicLink()) {
                throw new InputException(SourcePosition.startOf(path.toString()),
                        "a symbolic link, which Strata does not follow; put the patterns in"
                                + " the file itself");
            }
            return attrs.isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    private static DockerIgnore read(Path path) {
        SourcePosition start = SourcePosition.startOf(path.toString());
        try {
            if (Files.size(path) > MAX_SIZE) {
                throw new InputException(start, "larger than " + (MAX_SIZE >> 20)
                        + " MiB, which is more than an ignore file needs");
            }
            return parse(Files.readAllBytes(path), path.toString());
        } catch (IOException e) {
            throw new InputException(start, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the patterns of an ignore file.
     *
     * @param file the name used in positions
     * @throws InputException at the line and column of a pattern Go refuses, or of a line
     *     too long for the scanner BuildKit reads it with
     */
    static DockerIgnore parse(byte[] bytes, String file) {
        List<IgnorePattern> patterns = new ArrayList<>();
        List<SourcePosition> positions = new ArrayList<>();
        int number = 1;
        for (int from = 0; from < bytes.length; number++) {
            int end = indexOf(bytes, (byte) '\n', from);
            int stop = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
            if (stop - from >= MAX_LINE_BYTES) {
                throw new InputException(new SourcePosition(file, number, 1), "a line longer"
                        + " than 64 KiB, which BuildKit's scanner refuses");
            }
            String line = new String(Arrays.copyOfRange(bytes, from, stop),
                    StandardCharsets.UTF_8);
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            pattern(line, new SourcePosition(file, number, 1)).ifPresent(read -> {
                patterns.add(read.pattern());
                positions.add(read.position());
            });
            from = end + 1;
        }
        return patterns.isEmpty() ? NONE : new DockerIgnore(patterns, positions);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    /**
     * The pattern of one line, cleaned first as ignorefile.ReadAll does and then again as
     * patternmatcher.New does, which is what turns a line {@code !/} into a lone {@code !}.
     */
    private static Optional<Line> pattern(String line, SourcePosition lineStart) {
        String text = GoText.trimSpace(line);
        if (line.startsWith("#") || text.isEmpty()) {
            return Optional.empty();
        }
        boolean exception = text.startsWith("!");
        String body = exception ? GoText.trimSpace(text.substring(1)) : text;
        if (!body.isEmpty()) {
            body = GoText.clean(body);
            body = body.length() > 1 && body.startsWith("/") ? body.substring(1) : body;
        }
        String read = GoText.trimSpace(exception ? "!" + body : body);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String cleaned = GoText.clean(read);
        exception = cleaned.startsWith("!");
        String pattern = exception ? cleaned.substring(1) : cleaned;
        int column = line.indexOf(text) + 1;
        if (exception && pattern.isEmpty()) {
            throw new InputException(at(lineStart, column), "a lone ! excepts nothing:"
                    + " write the pattern to re-include after it");
        }
        try {
            return Optional.of(new Line(IgnorePattern.compile(pattern, exception),
                    at(lineStart, column)));
        } catch (BadPattern e) {
            int written = line.indexOf(pattern, column - 1);
            int where = written < 0 ? column : written + e.index() + 1;
            throw new InputException(at(lineStart, where), "bad pattern "
                    + GoQuote.quote(pattern) + ": " + e.getMessage());
        }
    }

    private static SourcePosition at(SourcePosition line, int column) {
        return new SourcePosition(line.file(), line.line(), column);
    }

    /**
     * Whether an exception could bring back something below an excluded directory, as
     * fsutil decides whether to walk into it: one with a wildcard anywhere but at its end
     * could, one without only if it names a path inside the directory.
     */
    boolean mayReincludeBelow(String directory) {
        return patterns.stream().filter(IgnorePattern::exception)
                .map(p -> withoutTrailingGlob(p.text()))
                .anyMatch(p -> p.chars().anyMatch(c -> "*?[]^\\".indexOf(c) >= 0)
                        || (p + "/").startsWith(directory + "/"));
    }

    private static String withoutTrailingGlob(String pattern) {
        String trimmed = pattern.endsWith("/**")
                ? pattern.substring(0, pattern.length() - 3) : pattern;
        return trimmed.endsWith("/*") ? trimmed.substring(0, trimmed.length() - 2) : trimmed;
    }

    /** What the patterns say about the context root, which nothing excludes. */
    Verdict top() {
        return top;
    }

    /** What the patterns say about a path, given what they said about its directory. */
    Verdict test(String path, Verdict parent) {
        boolean[] matched = new boolean[patterns.size()];
        boolean excluded = false;
        for (int i = 0; i < matched.length; i++) {
            IgnorePattern pattern = patterns.get(i);
            boolean match = parent.matched[i];
            if (!match && pattern.exception() == excluded) {
                match = matches(pattern, i, path);
            }
            matched[i] = match;
            excluded = match ? !pattern.exception() : excluded;
        }
        return new Verdict(excluded, matched);
    }

    private boolean matches(IgnorePattern pattern, int index, String path) {
        try {
            return pattern.test().matches(path);
        } catch (BoundedText.TooCostly e) {
            throw new InputException(positions.get(index), "pattern "
                    + GoQuote.quote(pattern.text()) + " needs too much backtracking to test "
                    + GoQuote.quote(path) + "; write it with fewer wildcards in a row");
        }
    }

    /** What the patterns say about a path relative to the context root. */
    Verdict test(String path) {
        Verdict verdict = top;
        int slash = path.isEmpty() ? -1 : 0;
        while (slash >= 0) {
            slash = path.indexOf('/', slash + 1);
            verdict = test(slash < 0 ? path : path.substring(0, slash), verdict);
        }
        return verdict;
    }

    /**
     * Whether a path is excluded, and which patterns matched it or a directory above it,
     * which its own entries inherit.
     */
    static final class Verdict {
        private final boolean excluded;
        private final boolean[] matched;

        private Verdict(boolean excluded, boolean[] matched) {
            this.excluded = excluded;
            this.matched = matched;
        }

        boolean excluded() {
            return excluded;
        }
    }
}
