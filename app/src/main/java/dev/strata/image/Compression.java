package dev.strata.image;

import java.util.Arrays;
import java.util.Optional;

/** The compressions {@code docker load} accepts, told apart by a file's first bytes. */
enum Compression {
    GZIP("gzip-compressed", "gunzip", new int[] {0x1f, 0x8b}),
    BZIP2("bzip2-compressed", "bunzip2", new int[] {'B', 'Z', 'h'}),
    XZ("xz-compressed", "unxz", new int[] {0xfd, '7', 'z', 'X', 'Z', 0}),
    ZSTD("zstd-compressed", "zstd -d", new int[] {0x28, 0xb5, 0x2f, 0xfd});

    private final String label;
    private final String command;
    private final int[] magic;

    Compression(String label, String command, int[] magic) {
        this.label = label;
        this.command = command;
        this.magic = magic;
    }

    /** How a message names a file of this kind. */
    String label() {
        return label;
    }

    /** The command that decompresses it. */
    String command() {
        return command;
    }

    /** The compression whose magic number starts these bytes, if any. */
    static Optional<Compression> of(byte[] first) {
        return Arrays.stream(values()).filter(c -> c.startsOf(first)).findFirst();
    }

    private boolean startsOf(byte[] first) {
        if (first.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((first[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
