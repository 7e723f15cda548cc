package dev.strata.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import dev.strata.image.Image;
import dev.strata.image.ImageReader;
import dev.strata.image.ReadOptions;

/**
 * The last image read, kept while its archive is unchanged and the same image (ref,
 * platform) is asked for: the window plays the workspace again on every edit of a text, and
 * reading a large archive takes seconds. An archive is read outside the lock, so replays
 * with the cached image go on meanwhile.
 */
final class ImageCache {
    static final ImageCache SHARED = new ImageCache();

    /** What identifies one version of an archive on disk, and the image chosen in it. */
    private record Key(Path path, long size, FileTime modified, Optional<String> ref,
            Optional<String> platform, boolean raw) {
    }

    private Key key;
    private Image image;

    Image read(Path archive) throws IOException {
        return read(archive, ReadOptions.defaults());
    }

    Image read(Path archive, ReadOptions options) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(archive, BasicFileAttributes.class);
        Key wanted = new Key(archive.toAbsolutePath().normalize(), attributes.size(),
                attributes.lastModifiedTime(), options.ref(), options.platform(),
                options.raw());
        synchronized (this) {
            if (wanted.equals(key)) {
                return image;
            }
        }
        Image read = ImageReader.read(archive, options);
        synchronized (this) {
            key = wanted;
            image = read;
        }
        return read;
    }
}
