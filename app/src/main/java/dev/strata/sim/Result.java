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
