package dev.strata.image;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * The members of an image archive, a tar or a layout directory, by slash path relative to
 * its top. Links between members are followed inside the archive only.
 */
sealed interface Archive extends Closeable permits TarArchive, DirectoryArchive {
    /** The largest JSON member read into memory. */
    int MAX_JSON_BYTES = 16 << 20;

    /** The archive's path as the user gave it, for messages. */
    String name();

    /** True when a regular member (or a link to one) has this path. */
    boolean has(String member);

    /**
     * True when anything has this path, even a link that leads nowhere: what {@link #open}
     * then says is why it cannot be read.
     */
    boolean present(String member);

    /** The paths of the regular members and links. */
    Set<String> members();

    /** The content of a member; an {@link InputException} when it is missing. */
    InputStream open(String member) throws IOException;

    /** The size in bytes of a member, or 0 when it is missing. */
    long size(String member) throws IOException;

    /** A bad-input error about this archive. */
    default InputException problem(String message) {
        return new InputException(SourcePosition.startOf(name()), message);
    }

    /** A JSON member, parsed; a clear error when it is missing, too big or not JSON. */
    default Object json(String member) throws IOException {
        return parse(member, bytes(member));
    }

    /** A member's bytes as JSON; a clear error when they are not. */
    default Object parse(String member, byte[] bytes) {
        try {
            return Json.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw problem(member + ": not valid JSON: " + e.getMessage());
        }
    }

    /** A metadata member's bytes, at most {@link #MAX_JSON_BYTES} of them. */
    default byte[] bytes(String member) throws IOException {
        try (InputStream in = open(member)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_JSON_BYTES) {
                    throw problem(member + ": larger than " + (MAX_JSON_BYTES >> 20)
                            + " MiB, too big for image metadata");
                }
            }
            return out.toByteArray();
        }
    }
}
