package dev.strata.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An image layout directory, read in place; links that lead out of it are refused. */
final class DirectoryArchive implements Archive {
    private static final int MAX_DEPTH = 4;

    private final String name;
    private final Path root;

    DirectoryArchive(Path directory) throws IOException {
        this.name = directory.toString();
        this.root = directory.toRealPath();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean has(String member) {
        Path path = inside(member);
        return path != null && Files.isRegularFile(path);
    }

    @Override
    public boolean present(String member) {
        return TarArchive.memberName(member)
                .map(clean -> Files.exists(root.resolve(clean), LinkOption.NOFOLLOW_LINKS))
                .orElse(false);
    }

    @Override
    public Set<String> members() {
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String member) throws IOException {
        Path path = inside(member);
        if (path == null || !Files.isRegularFile(path)) {
            throw problem(member + ": missing from the layout");
        }
        return Files.newInputStream(path);
    }

    @Override
    public long size(String member) throws IOException {
        Path path = inside(member);
        return path == null || !Files.isRegularFile(path) ? 0 : Files.size(path);
    }

    /** The real file for a member, or null when it does not exist; an error when it escapes. */
    private Path inside(String member) {
        String clean = TarArchive.memberName(member)
                .orElseThrow(() -> problem(member + ": not a path inside the layout"));
        Path path = root.resolve(clean);
        if (!Files.exists(path)) {
            return null;
        }
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(root)) {
                throw problem(member + ": links out of the layout");
            }
            return real;
        } catch (IOException e) {
            throw problem(member + ": cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
    }
}
