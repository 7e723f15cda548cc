package dev.strata.image;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipEncoding;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;

/**
 * The entries of a layer tar, one after the other, their content skipped. A header that
 * stands alone (a file, link, directory, device or FIFO) is read by {@link TarHeader#parse}
 * or, when that declines, by commons-compress's header parser, and its content read past in
 * one reused buffer; commons-compress's own stream takes a fresh 8 KiB buffer for each
 * entry's content and again for its padding, which on layers of small files costs more than
 * decompressing them. At the first header that needs the ones after it (PAX, GNU long
 * names, sparse files, global headers), the rest of the tar is handed to commons-compress's
 * TarArchiveInputStream, which reads them all; the entries come out as they would from that
 * stream alone. Names are UTF-8, as PAX requires and image builders write them, whatever
 * the platform's default.
 *
 * <p>The tar ends at two zero records, at one, or where the stream ends at a record's
 * boundary (as many writers leave it); a stream that ends inside a header is truncated.
 * Go's archive/tar, with which Docker and containerd unpack layers, draws the same line
 * (io.EOF only when no byte of the header was read, io.ErrUnexpectedEOF otherwise), though
 * commons-compress and GNU tar take a cut header for the end.
 */
final class TarEntries {
    private static final int RECORD = TarConstants.DEFAULT_RCDSIZE;
    private static final String NAMES = "UTF-8";
    private static final String TRUNCATED = "Truncated TAR archive";
    private static final String CUT_HEADER = "the tar ends inside a 512-byte header";

    private final TailPadding in;
    private final byte[] buffer;
    private final byte[] header = new byte[RECORD];

    private final ZipEncoding encoding = ZipEncodingHelper.getZipEncoding(NAMES);
    private TarHeader current;
    private TarArchiveInputStream rest;

    /** Reads the tar from {@code in}, skipping content through {@code buffer}. */
    TarEntries(TailPadding in, byte[] buffer) {
        this.in = in;
        this.buffer = buffer;
    }

    /** The next entry, or null at the end of the tar. */
    TarHeader next() throws IOException {
        if (rest != null) {
            skipRest();
            return fromRest();
        }
        if (current != null) {
            skip(current.content());
            skip(padding(current.content()));
        }
        int read = in.readNBytes(header, 0, RECORD);
        if (read == 0 || read == RECORD && isZero(header)) {
            return current = null;
        }
        if (read < RECORD) {
            throw new EOFException(CUT_HEADER);
        }
        if (!standsAlone(header[TarConstants.LF_OFFSET])) {
            rest = new Rest(new Replayed(header.clone(), in));
            current = null;
            return fromRest();
        }
        TarHeader parsed = TarHeader.parse(header);
        return expect(current = parsed != null ? parsed : parse(header));
    }

    private TarHeader fromRest() throws IOException {
        TarArchiveEntry entry = rest.getNextEntry();
        return entry == null ? null : expect(TarHeader.of(entry));
    }

    private TarHeader parse(byte[] record) throws IOException {
        try {
            return TarHeader.of(new TarArchiveEntry(record, encoding, false));
        } catch (IllegalArgumentException e) {
            throw new IOException("Error detected parsing the header", e);
        }
    }

    private TarHeader expect(TarHeader entry) {
        in.expectContent(entry.content());
        return entry;
    }

    private static long padding(long content) {
        long partial = content % RECORD;
        return partial == 0 ? 0 : RECORD - partial;
    }

    private void skip(long n) throws IOException {
        for (long left = n; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException(TRUNCATED);
            }
            left -= read;
        }
    }

    private void skipRest() throws IOException {
        while (rest.read(buffer, 0, buffer.length) >= 0) {
            // only to reach the next header
        }
    }

    /** Types whose header says all there is to say about the entry. */
    private static boolean standsAlone(byte type) {
        return type == TarConstants.LF_OLDNORM || type == TarConstants.LF_NORMAL
                || type == TarConstants.LF_LINK || type == TarConstants.LF_SYMLINK
                || type == TarConstants.LF_CHR || type == TarConstants.LF_BLK
                || type == TarConstants.LF_DIR || type == TarConstants.LF_FIFO
                || type == TarConstants.LF_CONTIG;
    }

    private static boolean isZero(byte[] record) {
        for (byte b : record) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * commons-compress's stream, but a header cut short is an error: commons-compress, like
     * GNU tar, takes it for the end of the archive.
     */
    private static final class Rest extends TarArchiveInputStream {
        private boolean afterZero;

        Rest(InputStream in) {
            super(in, NAMES);
        }

        @Override
        protected byte[] readRecord() throws IOException {
            long before = getBytesRead();
            byte[] record = super.readRecord();
            if (record == null && getBytesRead() > before && !afterZero) {
                throw new EOFException(CUT_HEADER);
            }
            afterZero = record != null && isEOFRecord(record);
            return record;
        }
    }

    /** A header already read, then the rest of the tar; closing it leaves the tar open. */
    private static final class Replayed extends InputStream {
        private final byte[] first;
        private final InputStream rest;
        private int position;

        Replayed(byte[] first, InputStream rest) {
            this.first = first;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            return position < first.length ? first[position++] & 0xff : rest.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position == first.length) {
                return rest.read(buffer, offset, length);
            }
            int n = Math.min(length, first.length - position);
            System.arraycopy(first, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
