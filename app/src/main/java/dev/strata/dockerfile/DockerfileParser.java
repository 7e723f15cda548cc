package dev.strata.dockerfile;

import java.util.Objects;

/**
 * Reads a Dockerfile the way BuildKit does, in two steps: the line parser makes a syntax
 * tree (BuildKit's parser package), then each node is given its meaning and the
 * instructions are grouped into stages (BuildKit's instructions package).
 */
public final class DockerfileParser {
    private DockerfileParser() {
    }

    /**
     * Parses a whole Dockerfile.
     *
     * @param text the file's content (a byte-order mark and CRLF line ends are accepted)
     * @param file the name positions and messages use
     * @throws dev.strata.source.InputException for anything BuildKit would refuse
     */
    public static Dockerfile parse(String text, String file) {
        return InstructionReader.read(parseSyntax(text, file));
    }

    /**
     * Only the first step: what BuildKit's parser accepts, which includes unknown
     * instructions and files without FROM.
     *
     * @throws dev.strata.source.InputException for what BuildKit's parser refuses
     */
    public static SyntaxTree parseSyntax(String text, String file) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
        return LineParser.parse(text, file);
    }
}
