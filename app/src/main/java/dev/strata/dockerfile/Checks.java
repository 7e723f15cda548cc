package dev.strata.dockerfile;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.strata.source.InputException;

/**
 * The value of a {@code # check=} directive, read as BuildKit's linter reads it:
 * {@code skip=Rule1,Rule2} or {@code skip=all}, and {@code error=true}, separated by
 * {@code ;}.
 *
 * @param skipAll true for {@code skip=all}
 * @param skip the rules not to report
 * @param error true when a reported warning fails the build
 */
public record Checks(boolean skipAll, Set<String> skip, boolean error) {
    static final Checks DEFAULT = new Checks(false, Set.of(), false);

    public Checks {
        skip = Set.copyOf(skip);
    }

    /** Reads a directive value, or says what is wrong with it. */
    static Checks parse(String value) throws InvalidValue {
        Checks checks = DEFAULT;
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return checks;
        }
        for (String part : trimmed.split(";", 2)) {
            checks = checks.with(part);
        }
        return checks;
    }

    private Checks with(String part) throws InvalidValue {
        int eq = part.indexOf('=');
        if (eq < 0) {
            throw new InvalidValue("invalid check option \"" + part + "\"");
        }
        String key = part.substring(0, eq).strip();
        String value = part.substring(eq + 1).strip();
        if (key.equals("skip")) {
            return value.equals("all") ? new Checks(true, skip, error)
                    : new Checks(skipAll, rules(value), error);
        }
        if (key.equals("error")) {
            return new Checks(skipAll, skip, bool(part, value));
        }
        throw new InvalidValue("invalid check option \"" + key + "\"");
    }

    private static Set<String> rules(String value) {
        return List.of(value.split(",")).stream().map(String::strip).collect(Collectors.toSet());
    }

    /** Go's strconv.ParseBool. */
    private static boolean bool(String part, String value) throws InvalidValue {
        Optional<Boolean> parsed = switch (value) {
            case "1", "t", "T", "TRUE", "true", "True" -> Optional.of(true);
            case "0", "f", "F", "FALSE", "false", "False" -> Optional.of(false);
            default -> Optional.empty();
        };
        return parsed.orElseThrow(() -> new InvalidValue("failed to parse check option \"" + part
                + "\": invalid syntax"));
    }

    /** Whether a warning of this rule is reported. */
    public boolean reports(String rule) {
        return !skipAll && !skip.contains(rule);
    }

    /**
     * The warnings that are reported; with {@code error=true} the first of them fails.
     *
     * @throws InputException at the first reported warning when errors are asked for
     */
    List<Warning> apply(List<Warning> warnings) {
        List<Warning> reported = warnings.stream().filter(w -> reports(w.rule())).toList();
        if (error && !reported.isEmpty()) {
            Warning first = reported.get(0);
            throw new InputException(first.position(), first.message() + " (" + first.rule()
                    + ", an error because of check=error=true)");
        }
        return reported;
    }
}
