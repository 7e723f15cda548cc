package dev.strata.dockerfile;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared folder of fixtures that lives beside the repository ({@code ../shared}
 * from the repository root, so {@code ../../shared} from the app module surefire runs in).
 * A checkout nested deeper, such as a git worktree, finds it in the nearest ancestor that
 * has one.
 */
final class SharedFiles {
    private SharedFiles() {
    }

    static Path resolve(String first, String... more) {
        return root().resolve(Path.of(first, more));
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath().getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("DESIGN.md"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared folder beside the repository above " + dir);
    }
}
