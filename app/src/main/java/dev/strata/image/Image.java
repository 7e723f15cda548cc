package dev.strata.image;

import java.util.List;
import java.util.Objects;

/**
 * An image read from an archive: its layers bottom first, the merged tree a container
 * starts from, and the sizes dive reports.
 *
 * @param format the kind of archive it came from
 * @param ref the name it was chosen by (a tag, a ref name), or empty when it has none
 * @param platform {@code os/architecture[/variant]}, or empty when the config says nothing
 * @param layers the filesystem layers, bottom first
 * @param history the config's history, empty layers included
 * @param tree every path visible at the top, with the layer it comes from
 * @param sizeBytes the sum of the layers' sizes
 * @param userSizeBytes the same without the bottom layer
 * @param wastedBytes bytes stored more than once or deleted later (dive's measure)
 * @param efficiency dive's efficiency score, 1.0 when nothing is wasted
 * @param warnings what was odd but readable, one sentence each
 */
public record Image(ImageFormat format, String ref, String platform, List<Layer> layers,
        List<HistoryEntry> history, MergedTree tree, long sizeBytes, long userSizeBytes,
        long wastedBytes, double efficiency, List<String> warnings) {
    public Image {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(tree, "tree");
        layers = List.copyOf(layers);
        history = List.copyOf(history);
        warnings = List.copyOf(warnings);
    }
}
