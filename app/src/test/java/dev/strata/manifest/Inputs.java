package dev.strata.manifest;

import java.nio.file.Path;

import dev.strata.SharedFiles;
import dev.strata.source.InputException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the test inputs are, and how a test expects a load to fail. */
final class Inputs {
    static final String FILE = "m.yaml";

    private Inputs() {
    }

    /** A sample manifest of the repository, as the app module's tests see it. */
    static Path sample(String name) {
        return Path.of("..", "assets", "samples", name + ".yaml");
    }

    /** A public manifest from the shared fixtures beside the repository. */
    static Path fixture(String name) {
        return SharedFiles.resolve("fixtures", "manifests", name);
    }

    static Manifest load(String text) {
        return ManifestLoader.load(text, FILE);
    }

    /** Expects the text to fail at {@code m.yaml:line:column} with a message holding that. */
    static void assertFailsAt(String text, int line, int column, String problem) {
        assertThatThrownBy(() -> load(text))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(FILE + ":" + line + ":" + column + ": ")
                .hasMessageContaining(problem);
    }
}
