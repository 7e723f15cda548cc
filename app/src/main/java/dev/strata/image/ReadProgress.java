package dev.strata.image;

/**
 * Hears how far the reading of an image has come. Layers are read on several threads, so
 * calls may come from any of them, one at a time; they must return quickly.
 */
@FunctionalInterface
public interface ReadProgress {
    /** Hears nothing. */
    ReadProgress NONE = (bytesRead, totalBytes, layer, layers) -> { };

    /**
     * @param bytesRead the bytes of layer blobs read so far, compressed as stored
     * @param totalBytes the bytes of all the image's layer blobs
     * @param layer the 0-based index of the lowest layer not yet read to its end
     * @param layers how many layers the image has
     */
    void update(long bytesRead, long totalBytes, int layer, int layers);
}
