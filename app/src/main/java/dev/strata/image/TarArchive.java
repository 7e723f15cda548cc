package dev.strata.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * A tar archive read in place: its headers are indexed once, then each member is read
 * straight from its offset, so nothing is extracted and members can be read in any order,
 * several at once on different threads.
 */
final class TarArchive implements Archive {
    private static final int MAX_LINK_HOPS = 16;
    private static final int BLOCK = 512;

    private final String name;
    private final TarFile tar;
    private final Map<String, TarArchiveEntry> members = new HashMap<>();

    private TarArchive(String name, TarFile tar) {
        this.name = name;
        this.tar = tar;
        for (TarArchiveEntry entry : tar.getEntries()) {
            if (!entry.isDirectory()) {
                memberName(entry.getName()).ifPresent(n -> members.put(n, entry));
            }
        }
    }

    /**
     * Indexes a tar; an {@link java.io.IOException} when it is not one, and a
     * {@link TruncatedException} when it stops before its end.
     */
    static TarArchive open(Path file) throws IOException {
        TarFile tar;
        try {
            tar = new TarFile(file);
        } catch (ClosedByInterruptException e) {
            throw e;
        } catch (IOException e) {
            if (hasTarHeader(file)) {
                throw new TruncatedException(e.getMessage() == null ? "it ends too early"
                        : e.getMessage());
            }
            throw e;
        }
        try {
            checkEnd(file, tar.getEntries());
        } catch (IOException e) {
            tar.close();
            throw e;
        }
        return new TarArchive(file.toString(), tar);
    }

    /** A tar that stops before its end: cut off, or damaged. */
    static final class TruncatedException extends IOException {
        private static final long serialVersionUID = 1L;

        TruncatedException(String message) {
            super(message);
        }
    }

    /** True when the file starts with a POSIX or GNU tar header ("ustar" at offset 257). */
    private static boolean hasTarHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(BLOCK);
            return header.length == BLOCK && new String(header, 257, 5,
                    StandardCharsets.US_ASCII).equals("ustar");
        }
    }

    /**
     * Refuses a tar whose last member runs past the end of the file, or that stops without
     * the zero block that ends every tar (POSIX, pax: two of them).
     */
    private static void checkEnd(Path file, List<TarArchiveEntry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        TarArchiveEntry last = entries.get(entries.size() - 1);
        long dataEnd = last.getDataOffset() + (last.isDirectory() ? 0 : last.getSize());
        long padded = (dataEnd + BLOCK - 1) / BLOCK * BLOCK;
        long length = Files.size(file);
        if (padded > length) {
            throw new TruncatedException(last.getName() + " runs past the end of the file");
        }
        if (length - padded < BLOCK || !isZeroBlock(file, padded)) {
            throw new TruncatedException("it stops after " + last.getName()
                    + ", without the blocks that end a tar");
        }
    }

    private static boolean isZeroBlock(Path file, long offset) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            channel.position(offset);
            while (block.hasRemaining() && channel.read(block) >= 0) {
                // fill the block
            }
            for (byte b : block.array()) {
                if (b != 0) {
                    return false;
                }
            }
            return !block.hasRemaining();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean has(String member) {
        return resolve(member).isPresent();
    }

    @Override
    public boolean present(String member) {
        return members.containsKey(member);
    }

    @Override
    public Set<String> members() {
        return Set.copyOf(members.keySet());
    }

    @Override
    public InputStream open(String member) throws IOException {
        TarArchiveEntry entry = resolve(member).orElseThrow(() -> problem(member + ": "
                + (members.containsKey(member) ? "a link to " + members.get(member)
                        .getLinkName() + ", which is missing from the archive"
                        : "missing from the archive")));
        return new OneAtATime(tar.getInputStream(entry), tar);
    }

    @Override
    public long size(String member) {
        return resolve(member).map(TarArchiveEntry::getSize).orElse(0L);
    }

    /**
     * A member's stream moves the archive's one file position and then reads; streams read
     * on different threads take turns, one read call each.
     */
    private static final class OneAtATime extends FilterInputStream {
        private final Object turn;

        OneAtATime(InputStream in, Object turn) {
            super(in);
            this.turn = turn;
        }

        @Override
        public int read() throws IOException {
            synchronized (turn) {
                return in.read();
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            synchronized (turn) {
                return in.read(buffer, offset, length);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            synchronized (turn) {
                return in.skip(n);
            }
        }
    }

    /** The regular member a path leads to, through symlinks and hard links in the archive. */
    private Optional<TarArchiveEntry> resolve(String member) {
        String current = member;
        for (int hops = 0; hops <= MAX_LINK_HOPS; hops++) {
            TarArchiveEntry entry = members.get(current);
            if (entry == null || !(entry.isSymbolicLink() || entry.isLink())) {
                return Optional.ofNullable(entry);
            }
            current = linkTarget(current, entry);
        }
        throw problem(member + ": link loop (more than " + MAX_LINK_HOPS + " links)");
    }

    /**
     * Where a link leads in the archive. An absolute symlink is read from the archive's top,
     * as moby's tarexport does (FollowSymlinkInScope); when nothing is there, it is taken
     * for what it says, a link out of the archive.
     */
    private String linkTarget(String member, TarArchiveEntry link) {
        String target = link.getLinkName();
        boolean absolute = !link.isLink() && target.startsWith("/");
        String joined = link.isLink() || absolute ? target
                : Paths.parent("/" + member) + "/" + target;
        return Paths.normalize(joined).map(p -> p.substring(1))
                .filter(p -> !absolute || members.containsKey(p))
                .orElseThrow(() -> problem(member + ": link to " + target
                        + " leads out of the archive"));
    }

    /** A member's path relative to the top, or empty for the top itself or an escape. */
    static Optional<String> memberName(String raw) {
        return Paths.normalize(raw).filter(p -> !p.equals("/")).map(p -> p.substring(1));
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }
}
