package dev.strata.image;

/** What a layer entry does to the layers below it. */
public enum Change {
    /** The path was not there below. */
    ADDED,
    /** The path was there below and this layer stores it again, whole. */
    MODIFIED,
    /** A whiteout or opaque marker: it removes paths from below. */
    REMOVED;

    /** The lower-case name used in JSON and text. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
