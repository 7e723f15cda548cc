package dev.strata.image;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Content digests, {@code algorithm:hex}, of the algorithms OCI registers and Java has. */
final class Digests {
    private static final Map<String, String> ALGORITHMS = Map.of(
            "sha256", "SHA-256", "sha512", "SHA-512");

    private Digests() {
    }

    /** The digest's algorithm, as in {@code sha256}. */
    static String algorithm(String digest) {
        int colon = digest.indexOf(':');
        return colon < 0 ? "" : digest.substring(0, colon);
    }

    /** True when a digest of this algorithm can be computed here. */
    static boolean supported(String digest) {
        return ALGORITHMS.containsKey(algorithm(digest));
    }

    /** The digest of some bytes with the algorithm of {@code like}, if supported. */
    static Optional<String> of(String like, byte[] bytes) {
        return hasher(like).map(m -> algorithm(like) + ":" + HexFormat.of()
                .formatHex(m.digest(bytes)));
    }

    /** The digest of a whole stream with the algorithm of {@code like}, if supported. */
    static Optional<String> of(String like, InputStream in) throws IOException {
        Optional<MessageDigest> hasher = hasher(like);
        if (hasher.isEmpty()) {
            return Optional.empty();
        }
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            hasher.get().update(buffer, 0, n);
        }
        return Optional.of(algorithm(like) + ":" + HexFormat.of()
                .formatHex(hasher.get().digest()));
    }

    private static Optional<MessageDigest> hasher(String like) {
        String name = ALGORITHMS.get(algorithm(like));
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MessageDigest.getInstance(name));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + name, e);
        }
    }
}
