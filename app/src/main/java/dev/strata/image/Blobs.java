package dev.strata.image;

import java.io.IOException;
import java.util.List;

/**
 * Blobs checked against the descriptor that names them, as OCI image-spec descriptor.md
 * (Verification) asks: content SHOULD be verified against its digest, and content whose
 * size differs from the descriptor's SHOULD NOT be trusted.
 */
final class Blobs {
    private Blobs() {
    }

    /** The JSON blob a descriptor names, refused when its size or digest differ. */
    static Object json(Archive archive, String what, Descriptor descriptor,
            List<String> warnings) throws IOException {
        String member = Selection.blobPath(archive, descriptor.digest());
        checkSize(archive, what, member, descriptor.size());
        byte[] bytes = archive.bytes(member);
        verify(archive, what, bytes, descriptor.digest(), warnings);
        return archive.parse(member, bytes);
    }

    /** Refuses a member whose size is not the one its descriptor gives. */
    static void checkSize(Archive archive, String what, String member, long size)
            throws IOException {
        if (size == Descriptor.UNKNOWN_SIZE || member.isEmpty() || !archive.has(member)) {
            return;
        }
        long actual = archive.size(member);
        if (actual != size) {
            throw archive.problem(what + ": the descriptor gives a size of " + size
                    + " bytes, but " + member + " has " + actual);
        }
    }

    /** Refuses bytes whose digest is not the expected one; warns when it cannot tell. */
    static void verify(Archive archive, String what, byte[] bytes, String expected,
            List<String> warnings) {
        if (expected.isEmpty()) {
            return;
        }
        Digests.of(expected, bytes).ifPresentOrElse(actual -> {
            if (!actual.equals(expected)) {
                throw archive.problem(what + ": digest " + actual + " does not match the "
                        + expected + " it is named by");
            }
        }, () -> warnings.add(unverified(what, expected)));
    }

    /** The warning for a digest whose algorithm cannot be computed here. */
    static String unverified(String what, String digest) {
        return what + ": digest algorithm " + Digests.algorithm(digest) + " is not supported"
                + " here (sha256, sha512); content not verified";
    }
}
