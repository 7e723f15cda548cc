package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.strata.source.InputException;

/**
 * The {@code --name=value} flags of one instruction, checked against the flags that
 * instruction accepts (BuildKit's instructions/bflag.go and the flags parse.go declares).
 */
final class Flags {
    private static final Map<String, Set<String>> VALUED = Map.of(
            "FROM", Set.of("platform"),
            "RUN", Set.of("mount", "network", "security", "device"),
            "COPY", Set.of("from", "chown", "chmod", "exclude"),
            "ADD", Set.of("chown", "chmod", "checksum", "exclude"),
            "HEALTHCHECK", Set.of("interval", "timeout", "start-period", "start-interval",
                    "retries"));
    private static final Map<String, Set<String>> SWITCHES = Map.of(
            "COPY", Set.of("link", "parents"),
            "ADD", Set.of("link", "keep-git-dir", "unpack"));

    private static final Set<String> REPEATABLE = Set.of("mount", "exclude");

    private final Node node;
    private final List<Map.Entry<String, String>> values = new ArrayList<>();

    private Flags(Node node) {
        this.node = node;
    }

    static Flags of(Node node) {
        Flags flags = new Flags(node);
        node.flags().forEach(flags::read);
        return flags;
    }

    /** The value of the last use of a flag. */
    Optional<String> value(String name) {
        return all(name).stream().reduce((first, second) -> second);
    }

    /** Every value of a flag that may repeat, such as {@code --mount}. */
    List<String> all(String name) {
        return values.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue)
                .toList();
    }

    private void read(String flag) {
        if (!flag.startsWith("--")) {
            throw fail("arg should start with -- : " + flag);
        }
        int eq = flag.indexOf('=');
        String name = eq < 0 ? flag.substring(2) : flag.substring(2, eq);
        boolean valued = VALUED.getOrDefault(node.instruction(), Set.of()).contains(name);
        if (!valued && !SWITCHES.getOrDefault(node.instruction(), Set.of()).contains(name)) {
            throw fail("unknown flag: " + name);
        }
        if (valued && eq < 0) {
            throw fail("missing a value on flag: " + name);
        }
        if (!REPEATABLE.contains(name) && !all(name).isEmpty()) {
            throw fail("duplicate flag specified: " + name);
        }
        String value = eq < 0 ? "true" : flag.substring(eq + 1);
        if (!valued && !value.equals("true") && !value.equals("false")) {
            throw fail("expecting boolean value for flag " + name + ", not: " + value);
        }
        values.add(Map.entry(name, value));
    }

    private InputException fail(String problem) {
        return new InputException(node.position(), problem);
    }
}
