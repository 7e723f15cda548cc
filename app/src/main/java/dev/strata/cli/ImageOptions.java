package dev.strata.cli;

import dev.strata.workspace.ImageChoice;

import picocli.CommandLine.Option;

/**
 * {@code --ref} and {@code --platform}: which image to read in an archive that holds several,
 * the same on {@code image inspect} and on the commands that take {@code --image}.
 */
final class ImageOptions {
    @Option(names = "--ref", paramLabel = "REF",
            description = "the image to read when the archive holds several: a name, a digest"
                    + " (sha256:..., or 12 or more of its hex digits) or name@digest")
    String ref;

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
            description = "the platform to read from a multi-platform index"
                    + " (default: linux/amd64, else the only one)")
    String platform;

    /** True when either option was given. */
    boolean given() {
        return ref != null || platform != null;
    }

    /** The option given, for messages: {@code --ref} before {@code --platform}. */
    String firstGiven() {
        return ref != null ? "--ref" : "--platform";
    }

    /** True when an option was given an empty value, which names nothing. */
    boolean blank() {
        return ref != null && ref.isBlank() || platform != null && platform.isBlank();
    }

    /** The choice the options make. */
    ImageChoice choice() {
        return ImageChoice.of(ref, platform);
    }
}
