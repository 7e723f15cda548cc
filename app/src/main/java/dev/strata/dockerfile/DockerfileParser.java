package dev.strata.dockerfile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

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
     * The text of a Dockerfile's bytes: UTF-8, with or without a byte-order mark.
     *
     * @throws InputException for UTF-16 (with or without its mark) and for bytes that are
     *     not UTF-8, at the first of them
     */
    public static String decode(byte[] bytes, String file) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(file, "file");
        boolean utf16Mark = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE
                && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF
                && bytes[1] == (byte) 0xFE));
        if (utf16Mark) {
            throw new InputException(SourcePosition.startOf(file),
                    "UTF-16 text is not a Dockerfile BuildKit reads: save it as UTF-8");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(firstBadByte(bytes, file), "not UTF-8 text");
        }
    }

    private static SourcePosition firstBadByte(byte[] bytes, String file) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true);
        int good = in.position();
        String before = new String(bytes, 0, good, StandardCharsets.UTF_8);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        return new SourcePosition(file, line, column);
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
