package dev.strata.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
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

    /** Indexes a tar; an {@link java.io.IOException} when it is not one. */
    static TarArchive open(Path file) throws IOException {
        TarFile tar = new TarFile(file);
        return new TarArchive(file.toString(), tar);
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
    public Set<String> members() {
        return Set.copyOf(members.keySet());
    }

    @Override
    public InputStream open(String member) throws IOException {
        TarArchiveEntry entry = resolve(member)
                .orElseThrow(() -> problem(member + ": missing from the archive"));
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

    private String linkTarget(String member, TarArchiveEntry link) {
        String target = link.getLinkName();
        String joined = link.isLink() || target.startsWith("/") ? target
                : Paths.parent("/" + member) + "/" + target;
        return Paths.normalize(joined).map(p -> p.substring(1)).orElseThrow(() -> problem(
                member + ": link to " + target + " leads out of the archive"));
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
