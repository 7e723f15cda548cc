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
