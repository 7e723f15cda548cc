package dev.strata.image;

import java.nio.charset.StandardCharsets;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * What reading a layer needs of one tar entry.
 *
 * <p>{@link #parse} reads the plain ustar and GNU headers that make up nearly every layer
 * straight from the 512 bytes, without the dozen strings and fields commons-compress fills
 * in for each; on anything else (binary numbers, non-ASCII names, star headers, GNU
 * headers with times or sparse maps) it declines, and commons-compress parses the header as
 * before. What it accepts it reads as commons-compress does, field for field; a test holds
 * the two to that on generated and damaged headers.
 *
 * @param name the name as stored, a directory's with a slash at the end
 * @param kind what the entry is (never a marker: those are told by name later)
 * @param size the size field: the bytes of content that follow the header
 * @param realSize a file's size, which differs from {@code size} for sparse files only
 * @param mode the mode field as stored (type bits included when the writer put them)
 * @param linkName the target of a link, otherwise empty
 */
record TarHeader(String name, EntryKind kind, long size, long realSize, int mode,
        String linkName) {
    private static final byte[] POSIX_MAGIC = "ustar\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GNU_MAGIC = "ustar ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STAR_MAGIC = "tar\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MAGIC = 257;
    private static final int STAR_MAGIC_OFFSET = 508;
    /** Where the POSIX prefix, or GNU's times and sparse map, start. */
    private static final int EXTRA = 345;
    private static final int PREFIX_LENGTH = 155;
    private static final int NOT_OCTAL = -1;
    /** Its value is not checked (commons-compress does not either) but it must be octal. */
    private static final int CHECKSUM = 148;

    /** The bytes of content after the header (a directory has none, whatever it claims). */
    long content() {
        return kind == EntryKind.DIRECTORY ? 0 : size;
    }

    /** The same fields from an entry commons-compress parsed. */
    static TarHeader of(TarArchiveEntry e) {
        EntryKind kind = kind(e);
        String name = kind == EntryKind.DIRECTORY && !e.getName().endsWith("/")
                ? e.getName() + "/" : e.getName();
        return new TarHeader(name, kind, e.getSize(), e.getRealSize(), e.getMode(),
                e.getLinkName());
    }

    private static EntryKind kind(TarArchiveEntry e) {
        if (e.isDirectory()) {
            return EntryKind.DIRECTORY;
        } else if (e.isSymbolicLink()) {
            return EntryKind.SYMLINK;
        } else if (e.isLink()) {
            return EntryKind.HARDLINK;
        } else if (e.isCharacterDevice()) {
            return EntryKind.CHAR_DEVICE;
        } else if (e.isBlockDevice()) {
            return EntryKind.BLOCK_DEVICE;
        } else if (e.isFIFO()) {
            return EntryKind.FIFO;
        }
        return EntryKind.FILE;
    }

    /**
     * Reads a header whose type stands alone, or returns null when commons-compress must:
     * when a number is not plain octal, a name is not ASCII, or the format is neither
     * POSIX ustar nor a GNU header without extras.
     */
    static TarHeader parse(byte[] h) {
        boolean posix = matches(h, MAGIC, POSIX_MAGIC);
        boolean gnu = matches(h, MAGIC, GNU_MAGIC);
        if (posix && matches(h, STAR_MAGIC_OFFSET, STAR_MAGIC)
                || gnu && !isZero(h, EXTRA, TarConstants.DEFAULT_RCDSIZE) || !posix && !gnu) {
            return null;
        }
        byte type = h[TarConstants.LF_OFFSET];
        boolean device = type == TarConstants.LF_CHR || type == TarConstants.LF_BLK;
        long mode = octal(h, 100, 8);
        long size = octal(h, 124, 12);
        String name = ascii(h, 0, TarConstants.NAMELEN);
        String link = ascii(h, TarConstants.LF_OFFSET + 1, TarConstants.NAMELEN);
        String prefix = posix ? ascii(h, EXTRA, PREFIX_LENGTH) : "";
        if (mode == NOT_OCTAL || size == NOT_OCTAL || octal(h, 108, 8) == NOT_OCTAL
                || octal(h, 116, 8) == NOT_OCTAL || octal(h, 136, 12) == NOT_OCTAL
                || octal(h, CHECKSUM, 8) == NOT_OCTAL
                || device && (octal(h, 329, 8) == NOT_OCTAL || octal(h, 337, 8) == NOT_OCTAL)
                || name == null || link == null || prefix == null) {
            return null;
        }
        boolean directory = type == TarConstants.LF_DIR || name.endsWith("/");
        String slashed = directory && !name.endsWith("/") ? name + "/" : name;
        String full = prefix.isEmpty() ? slashed : prefix + "/" + slashed;
        return new TarHeader(full, kind(type, full), size, size, (int) mode, link);
    }

    private static EntryKind kind(byte type, String name) {
        if (type == TarConstants.LF_DIR || name.endsWith("/")) {
            return EntryKind.DIRECTORY;
        }
        return switch (type) {
            case TarConstants.LF_SYMLINK -> EntryKind.SYMLINK;
            case TarConstants.LF_LINK -> EntryKind.HARDLINK;
            case TarConstants.LF_CHR -> EntryKind.CHAR_DEVICE;
            case TarConstants.LF_BLK -> EntryKind.BLOCK_DEVICE;
            case TarConstants.LF_FIFO -> EntryKind.FIFO;
            default -> EntryKind.FILE;
        };
    }

    /**
     * An octal field as tar writers fill it: leading spaces, then digits, then NULs or
     * spaces; a field that starts with NUL is 0. {@link #NOT_OCTAL} for anything else,
     * binary numbers included.
     */
    private static long octal(byte[] h, int offset, int length) {
        if (h[offset] == 0) {
            return 0;
        }
        int start = offset;
        int end = offset + length;
        while (start < end && h[start] == ' ') {
            start++;
        }
        while (start < end && (h[end - 1] == 0 || h[end - 1] == ' ')) {
            end--;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            if (h[i] < '0' || h[i] > '7') {
                return NOT_OCTAL;
            }
            value = (value << 3) + (h[i] - '0');
        }
        return value;
    }

    /** A NUL-ended text field if it is all ASCII, otherwise null. */
    private static String ascii(byte[] h, int offset, int length) {
        int end = offset;
        while (end < offset + length && h[end] != 0) {
            if (h[end] < 0) {
                return null;
            }
            end++;
        }
        return new String(h, offset, end - offset, StandardCharsets.ISO_8859_1);
    }

    private static boolean matches(byte[] h, int offset, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (h[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(byte[] h, int from, int to) {
        for (int i = from; i < to; i++) {
            if (h[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
