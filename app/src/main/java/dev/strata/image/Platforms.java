package dev.strata.image;

/** Platform strings, {@code os/architecture[/variant]}, from a config or a descriptor. */
final class Platforms {
    /** The platform chosen when an index offers several and none is asked for. */
    static final String DEFAULT = "linux/amd64";

    private Platforms() {
    }

    /** The platform a config or a descriptor's platform object names, or empty. */
    static String of(Object source) {
        String os = Json.string(source, "os").orElse("");
        String architecture = Json.string(source, "architecture").orElse("");
        String variant = Json.string(source, "variant").orElse("");
        if (os.isEmpty() && architecture.isEmpty()) {
            return "";
        }
        return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
    }

    /** True when a platform is the one asked for; {@code linux/arm64} also matches v8. */
    static boolean matches(String platform, String wanted) {
        return platform.equals(wanted) || platform.startsWith(wanted + "/");
    }
}
