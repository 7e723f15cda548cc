package dev.strata.image;

/** What a layer entry is; the last two are the OCI markers that delete from lower layers. */
public enum EntryKind {
    FILE('f'),
    DIRECTORY('d'),
    SYMLINK('l'),
    HARDLINK('h'),
    CHAR_DEVICE('c'),
    BLOCK_DEVICE('b'),
    FIFO('p'),
    /** {@code .wh.NAME}: NAME and everything under it are gone from the layers below. */
    WHITEOUT('w'),
    /** {@code .wh..wh..opq}: the directory hides what the layers below put in it. */
    OPAQUE('o');

    private final char letter;

    EntryKind(char letter) {
        this.letter = letter;
    }

    /** One letter, as in {@code ls -l} where there is one: f, d, l, h, c, b, p, w, o. */
    public char letter() {
        return letter;
    }

    /** True for the two markers, which put nothing in the merged tree. */
    public boolean isMarker() {
        return this == WHITEOUT || this == OPAQUE;
    }
}
