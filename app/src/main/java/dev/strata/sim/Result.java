package dev.strata.sim;

/** How an operation ended: {@code ok}, an errno, or a pod condition. */
public enum Result {
    OK("ok"),
    EROFS("EROFS"),
    ENOENT("ENOENT"),
    EXDEV("EXDEV"),
    EISDIR("EISDIR"),
    ENOTDIR("ENOTDIR"),
    ENOSPC("ENOSPC"),
    EEXIST("EEXIST"),
    /** The path is a mount point, which cannot be removed or renamed from inside. */
    EBUSY("EBUSY"),
    /** A directory cannot be moved into itself. */
    EINVAL("EINVAL"),
    /** A path component over 255 bytes, or a path over 4095. */
    ENAMETOOLONG("ENAMETOOLONG"),
    /** More than 40 symbolic links on the way, or a link that leads back to itself. */
    ELOOP("ELOOP"),
    /**
     * Cannot be told without the built image: the path may come from the base image or a RUN
     * layer, whose contents only a loaded image archive shows.
     */
    UNKNOWN("unknown"),
    PENDING("Pending"),
    EVICTED("Evicted");

    private final String jsonName;

    Result(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value of the {@code result} field in JSON output. */
    public String jsonName() {
        return jsonName;
    }
}
