package dev.strata.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The entries read header by header are those commons-compress's tar stream gives. */
class TarEntriesTest {
    private static final int[] SIZES = {0, 1, 511, 512, 513, 70_000};

    private static byte[] tar(int longFileMode, boolean specialInTheMiddle) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(longFileMode);
            plainEntries(tar, "a/");
            if (specialInTheMiddle) {
                put(tar, new TarArchiveEntry("long/" + "n".repeat(120) + ".txt"), 3);
            }
            plainEntries(tar, "b/");
        }
        return bytes.toByteArray();
    }

    private static void plainEntries(TarArchiveOutputStream tar, String dir) throws IOException {
        put(tar, new TarArchiveEntry(dir.substring(0, dir.length() - 1), TarConstants.LF_DIR), 0);
        for (int size : SIZES) {
            put(tar, new TarArchiveEntry(dir + "f" + size), size);
        }
        TarArchiveEntry symlink = new TarArchiveEntry(dir + "s", TarConstants.LF_SYMLINK);
        symlink.setLinkName("f1");
        put(tar, symlink, 0);
        TarArchiveEntry hardLink = new TarArchiveEntry(dir + "h", TarConstants.LF_LINK);
        hardLink.setLinkName(dir + "f0");
        put(tar, hardLink, 0);
        put(tar, new TarArchiveEntry(dir + "c", TarConstants.LF_CHR), 0);
        put(tar, new TarArchiveEntry(dir + "p", TarConstants.LF_FIFO), 0);
    }

    private static void put(TarArchiveOutputStream tar, TarArchiveEntry entry, int size)
            throws IOException {
        entry.setModTime(0);
        entry.setSize(size);
        tar.putArchiveEntry(entry);
        tar.write(new byte[size]);
        tar.closeArchiveEntry();
    }

    private static List<String> byHeaders(byte[] tar) throws IOException {
        TarEntries entries = new TarEntries(new TailPadding(new ByteArrayInputStream(tar)),
                new byte[4096]);
        List<String> out = new ArrayList<>();
        for (TarHeader e = entries.next(); e != null; e = entries.next()) {
            out.add(e.toString());
        }
        return out;
    }

    private static List<String> byCommonsStream(byte[] tar) throws IOException {
        TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar));
        List<String> out = new ArrayList<>();
        for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            out.add(TarHeader.of(e).toString());
        }
        return out;
    }

    @Test
    void readsPlainHeadersAsTheCommonsStreamDoes() throws IOException {
        byte[] tar = tar(TarArchiveOutputStream.LONGFILE_ERROR, false);

        assertThat(byHeaders(tar)).hasSize(22).isEqualTo(byCommonsStream(tar));
    }

    @Test
    void handsThePaxEntriesAndAllAfterThemToTheCommonsStream() throws IOException {
        byte[] tar = tar(TarArchiveOutputStream.LONGFILE_POSIX, true);

        assertThat(byHeaders(tar)).hasSize(23).isEqualTo(byCommonsStream(tar));
    }

    @Test
    void handsGnuLongNamesToTheCommonsStream() throws IOException {
        byte[] tar = tar(TarArchiveOutputStream.LONGFILE_GNU, true);

        assertThat(byHeaders(tar)).hasSize(23).isEqualTo(byCommonsStream(tar));
    }

    @Test
    void appliesAGlobalHeaderToTheEntriesAfterIt() throws IOException {
        byte[] tar = new TestArchives().file("before", "x").globalHeader("a comment")
                .file("after", "y").bytes();

        assertThat(byHeaders(tar)).isEqualTo(byCommonsStream(tar));
    }

    @Test
    void reportsContentCutShort() throws IOException {
        byte[] tar = tar(TarArchiveOutputStream.LONGFILE_ERROR, false);
        byte[] cut = Arrays.copyOf(tar, 512 * 9 + 100);

        assertThatThrownBy(() -> byHeaders(cut)).isInstanceOf(IOException.class)
                .hasMessage("Truncated TAR archive");
    }
}
