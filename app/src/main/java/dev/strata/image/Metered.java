package dev.strata.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) every byte that passes, skipped ones included, so that a
 * digest covers the whole stream whoever reads it.
 */
class Metered extends FilterInputStream {
    private final MessageDigest sha256;
    private long count;

    Metered(InputStream in) {
        super(in);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    long count() {
        return count;
    }

    /** {@code sha256:} and the hex digest of everything read; call once, at the end. */
    String digest() {
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    /** Called after each read with the new count; throws to stop. */
    void checkCount(long newCount) throws IOException {
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            sha256.update((byte) b);
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            sha256.update(buffer, offset, n);
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 65536)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    /** Reads to the end, so that the count and digest cover everything. */
    void drain() throws IOException {
        byte[] buffer = new byte[65536];
        while (read(buffer, 0, buffer.length) >= 0) {
            // read for the digest
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void advance(int n) throws IOException {
        count += n;
        checkCount(count);
    }
}
