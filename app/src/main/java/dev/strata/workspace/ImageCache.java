package dev.strata.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

import dev.strata.image.Image;
import dev.strata.image.ImageReader;
import dev.strata.image.ReadOptions;

/**
 * The last image archive read, kept while the file is unchanged: the window plays the
 * workspace again on every edit of a text, and reading a large archive takes seconds.
 */
final class ImageCache {
    static final ImageCache SHARED = new ImageCache();

    /** What identifies one version of an archive on disk. */
    private record Key(Path path, long size, FileTime modified) {
    }

    private Key key;
    private Image image;

    synchronized Image read(Path archive) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(archive, BasicFileAttributes.class);
        Key wanted = new Key(archive.toAbsolutePath().normalize(), attributes.size(),
                attributes.lastModifiedTime());
        if (!wanted.equals(key)) {
            image = ImageReader.read(archive, ReadOptions.defaults());
            key = wanted;
        }
        return image;
    }
}
