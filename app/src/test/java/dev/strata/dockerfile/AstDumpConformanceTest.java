package dev.strata.dockerfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.strata.SharedFiles;
import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * BuildKit's own parser corpus (frontend/dockerfile/parser/testfiles, copied into
 * shared/conformance with its provenance): the dump of each Dockerfile must equal its
 * {@code result} byte for byte.
 */
class AstDumpConformanceTest {
    static final Path CORPUS =
            SharedFiles.resolve("conformance", "dockerfile-buildkit", "testfiles");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dumpMatchesBuildKitResult(String name) throws IOException {
        Path dir = CORPUS.resolve(name);
        String text = Files.readString(dir.resolve("Dockerfile"), StandardCharsets.UTF_8);
        String expected = Files.readString(dir.resolve("result"), StandardCharsets.UTF_8);

        SyntaxTree tree = DockerfileParser.parseSyntax(text, name + "/Dockerfile");

        assertThat(AstDump.format(tree)).isEqualTo(expected);
    }

    static Stream<String> negativeCases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS.resolveSibling("testfiles-negative"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeCases")
    void refusesWhatBuildKitRefuses(String name) throws IOException {
        Path dir = CORPUS.resolveSibling("testfiles-negative").resolve(name);
        String text = Files.readString(dir.resolve("Dockerfile"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DockerfileParser.parseSyntax(text, name))
                .isInstanceOf(InputException.class);
    }

    @Test
    void linesOfEachInstructionMatchBuildKit() throws IOException {
        Path file = CORPUS.resolveSibling("testfile-line").resolve("Dockerfile");

        SyntaxTree tree = DockerfileParser.parseSyntax(Files.readString(file), "Dockerfile");

        assertThat(tree.startLine()).isEqualTo(5);
        assertThat(tree.endLine()).isEqualTo(31);
        assertThat(tree.children()).extracting(Node::line, Node::endLine)
                .containsExactly(tuple(5, 5), tuple(11, 12), tuple(17, 31));
    }
}
