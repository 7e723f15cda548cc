package dev.strata.sim;

import java.util.Arrays;
import java.util.Optional;

/** The operations a scenario step can ask for, by their scenario-file key. */
public enum Op {
    WRITE("write", true),
    APPEND("append", true),
    READ("read", true),
    DELETE("delete", true),
    MKDIR("mkdir", true),
    CHMOD("chmod", true),
    RENAME("rename", true),
    RESTART("restart", false),
    DELETE_POD("deletePod", false),
    SCALE("scale", false),
    ROLLOUT("rollout", false),
    SAY("say", false);

    private final String key;
    private final boolean takesPath;

    Op(String key, boolean takesPath) {
        this.key = key;
        this.takesPath = takesPath;
    }

    /** The key in a scenario file and the {@code op} field in JSON output. */
    public String key() {
        return key;
    }

    /** True for the file operations, whose value is a path. */
    public boolean takesPath() {
        return takesPath;
    }

    /** The op with that scenario key, if any. */
    public static Optional<Op> fromKey(String key) {
        return Arrays.stream(values()).filter(op -> op.key.equals(key)).findFirst();
    }
}
