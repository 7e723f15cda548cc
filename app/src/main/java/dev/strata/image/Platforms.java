package dev.strata.image;

import java.util.Locale;

/**
 * Platform strings, {@code os/architecture[/variant]}, from a config or a descriptor, and
 * how they match: as containerd's platforms package normalizes them (Normalize, then an
 * exact match), so {@code linux/arm64} and {@code linux/arm64/v8} are one platform, and
 * {@code linux/arm} is {@code linux/arm/v7}.
 */
final class Platforms {
    /** The platform chosen when an index offers several and none is asked for. */
    static final String DEFAULT = "linux/amd64";
    /** The only operating system whose containers Strata models. */
    static final String LINUX = "linux";

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

    /** True when a platform is the one asked for, once both are normalized. */
    static boolean matches(String platform, String wanted) {
        return normalize(platform).equals(normalize(wanted));
    }

    /** The operating system of a platform string, lower case, or empty. */
    static String os(String platform) {
        int slash = platform.indexOf('/');
        return (slash < 0 ? platform : platform.substring(0, slash)).toLowerCase(Locale.ROOT);
    }

    /** True for a platform Strata can model: Linux, or one that does not say. */
    static boolean isLinux(String platform) {
        return platform.isEmpty() || os(platform).equals(LINUX);
    }

    /** containerd's normalizeArch: the same platform written the one way. */
    static String normalize(String platform) {
        String[] parts = platform.toLowerCase(Locale.ROOT).split("/", 3);
        String os = parts[0].equals("macos") ? "darwin" : parts[0];
        String arch = parts.length > 1 ? parts[1] : "";
        String variant = parts.length > 2 ? parts[2] : "";
        switch (arch) {
            case "i386" -> {
                arch = "386";
                variant = "";
            }
            case "x86_64", "x86-64", "amd64" -> {
                arch = "amd64";
                variant = variant.equals("v1") ? "" : variant;
            }
            case "aarch64", "arm64" -> {
                arch = "arm64";
                variant = switch (variant) {
                    case "8", "v8", "v8.0" -> "";
                    case "9", "9.0", "v9.0" -> "v9";
                    default -> variant;
                };
            }
            case "armhf" -> {
                arch = "arm";
                variant = "v7";
            }
            case "armel" -> {
                arch = "arm";
                variant = "v6";
            }
            case "arm" -> variant = switch (variant) {
                case "", "7" -> "v7";
                case "5", "6", "8" -> "v" + variant;
                default -> variant;
            };
            default -> {
                // other architectures are compared as written
            }
        }
        return os + "/" + arch + (variant.isEmpty() ? "" : "/" + variant);
    }
}
