package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and checks the values of RUN's flags as BuildKit's run-mount, network and security
 * parsers do: {@code --mount} is a comma-separated list of {@code key=value} fields.
 */
final class RunFlags {
    private static final Set<String> TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");
    private static final Set<String> KEYS = Set.of("type", "from", "source", "src", "target",
            "dst", "destination", "readonly", "ro", "readwrite", "rw", "required", "sharing",
            "id", "size", "mode", "uid", "gid", "env");
    private static final Set<String> SWITCHES = Set.of("readonly", "ro", "readwrite", "rw",
            "required");
    private static final Set<String> SHARING = Set.of("shared", "private", "locked");

    private RunFlags() {
    }

    static List<RunMount> mounts(List<String> specs) throws InvalidValue {
        List<RunMount> mounts = new ArrayList<>();
        for (String spec : specs) {
            mounts.add(mount(spec));
        }
        return mounts;
    }

    static RunMount mount(String spec) throws InvalidValue {
        String type = "bind";
        String target = "";
        String id = "";
        boolean sharing = false;
        for (String field : spec.split(",", -1)) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : field.substring(eq + 1);
            checkField(field, key, eq >= 0);
            switch (key) {
                case "type" -> type = type(value);
                case "target", "dst", "destination" -> target = value;
                case "id" -> id = value;
                case "sharing" -> sharing = sharing(value);
                default -> {
                }
            }
        }
        return finish(spec, type, target, id, sharing);
    }

    private static void checkField(String field, String key, boolean valued) throws InvalidValue {
        if (!valued && !SWITCHES.contains(key)) {
            throw new InvalidValue("invalid field '" + field + "' must be a key=value pair");
        }
        if (!KEYS.contains(key)) {
            throw new InvalidValue("unexpected key '" + key + "' in '" + field + "'");
        }
    }

    private static String type(String value) throws InvalidValue {
        String type = value.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new InvalidValue("unsupported mount type \"" + value + "\"");
        }
        return type;
    }

    private static boolean sharing(String value) throws InvalidValue {
        if (!value.isEmpty() && !SHARING.contains(value.toLowerCase(Locale.ROOT))) {
            throw new InvalidValue("unsupported sharing value \"" + value + "\"");
        }
        return !value.isEmpty();
    }

    private static RunMount finish(String spec, String type, String target, String id,
            boolean sharing) throws InvalidValue {
        if (sharing && !type.equals("cache")) {
            throw new InvalidValue("invalid cache sharing set for " + type + " mount");
        }
        if (target.isEmpty()) {
            target = switch (type) {
                case "secret" -> "/run/secrets/" + id;
                case "ssh" -> "/run/buildkit/ssh_agent.0";
                default -> throw new InvalidValue("mount type " + type + " requires a target");
            };
        }
        return new RunMount(type, target, spec);
    }

    static void network(String value) throws InvalidValue {
        if (!Set.of("default", "none", "host").contains(value)) {
            throw new InvalidValue("unsupported network mode \"" + value + "\"");
        }
    }

    static void security(String value) throws InvalidValue {
        if (!Set.of("sandbox", "insecure").contains(value)) {
            throw new InvalidValue("unsupported security mode \"" + value + "\"");
        }
    }
}
