package dev.strata.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Small tars built in a test: layers in memory, archives written to a folder. Public for the
 * tests of the packages that read images too.
 */
public final class TestArchives {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

    public TestArchives() {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    public TestArchives file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestArchives file(String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setModTime(0);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
        return this;
    }

    public TestArchives directory(String name) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
        entry.setModTime(0);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
        return this;
    }

    public TestArchives link(String name, String target, byte type) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, type);
        entry.setModTime(0);
        entry.setLinkName(target);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
        return this;
    }

    public TestArchives symlink(String name, String target) throws IOException {
        return link(name, target, TarConstants.LF_SYMLINK);
    }

    public TestArchives hardLink(String name, String target) throws IOException {
        return link(name, target, TarConstants.LF_LINK);
    }

    /** A character or block device ({@code LF_CHR}, {@code LF_BLK}) or a FIFO. */
    public TestArchives special(String name, byte type, int major, int minor)
            throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, type);
        entry.setModTime(0);
        entry.setMode(0660);
        entry.setDevMajor(major);
        entry.setDevMinor(minor);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
        return this;
    }

    public TestArchives globalHeader(String comment) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry("pax_global_header",
                TarConstants.LF_PAX_GLOBAL_EXTENDED_HEADER);
        entry.addPaxHeader("comment", comment);
        tar.putArchiveEntry(entry);
        return this;
    }

    public byte[] bytes() throws IOException {
        tar.close();
        return bytes.toByteArray();
    }

    public Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    public static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    public static String sha256(byte[] content) {
        try {
            return "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A docker save archive of one image whose layers are stored as {@code N/layer.tar}. */
    public static Path dockerSave(Path file, String configJson, byte[]... layers)
            throws IOException {
        TestArchives archive = new TestArchives();
        StringBuilder paths = new StringBuilder();
        for (int i = 0; i < layers.length; i++) {
            archive.file(i + "/layer.tar", layers[i]);
            paths.append(i == 0 ? "" : ",").append('"').append(i).append("/layer.tar\"");
        }
        archive.file("config.json", configJson);
        archive.file("manifest.json", "[{\"Config\":\"config.json\",\"RepoTags\":[\"t:1\"],"
                + "\"Layers\":[" + paths + "]}]");
        return archive.write(file);
    }

    public static Path dockerSave(Path file, byte[]... layers) throws IOException {
        return dockerSave(file, "{\"os\":\"linux\",\"architecture\":\"amd64\"}", layers);
    }
}
