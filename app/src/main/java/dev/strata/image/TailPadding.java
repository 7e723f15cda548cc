package dev.strata.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Some layer writers end the tar right after the last entry's content, with neither the
 * zero padding to 512 bytes nor the end-of-archive blocks. This stream supplies the missing
 * padding when, and only when, the bytes end exactly where the current entry's content
 * does, so a tar cut short inside an entry still reads as truncated.
 */
final class TailPadding extends FilterInputStream {
    private static final int RECORD = 512;

    private long position;
    private long entryEnd = -1;
    private int padding = -1;

    TailPadding(InputStream in) {
        super(in);
    }

    /** The current entry's content ends this many bytes from here. */
    void expectContent(long size) {
        entryEnd = position + size;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (padding < 0) {
            int n = in.read(buffer, offset, length);
            if (n >= 0) {
                position += n;
                return n;
            }
            padding = position == entryEnd && position % RECORD != 0
                    ? (int) (RECORD - position % RECORD) : 0;
        }
        return pad(buffer, offset, length);
    }

    private int pad(byte[] buffer, int offset, int length) {
        if (padding == 0 || length == 0) {
            return padding == 0 ? -1 : 0;
        }
        int n = Math.min(padding, length);
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
        padding -= n;
        position += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
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

    @Override
    public int available() {
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
