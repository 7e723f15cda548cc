package dev.strata.dockerfile;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser directives at the top of a Dockerfile ({@code # escape=}, {@code # syntax=},
 * {@code # check=}) and the escape character they set.
 *
 * <p>As in BuildKit's DirectiveParser, the first line that is not a known directive ends
 * the directives, whatever it is; a directive may appear once.
 */
final class Directives {
    private static final Pattern DIRECTIVE =
            Pattern.compile("^#[ \\t\\n\\f\\r]*([a-zA-Z][a-zA-Z0-9]*)[ \\t\\n\\f\\r]*="
                    + "[ \\t\\n\\f\\r]*(.+?)[ \\t\\n\\f\\r]*\\z");
    private static final Set<String> KNOWN = Set.of("escape", "syntax", "check");

    private final Set<String> seen = new HashSet<>();
    private boolean done;
    private char escape = '\\';
    private String syntax;
    private Checks checks = Checks.DEFAULT;

    /**
     * Looks at one more line; a directive there is applied.
     *
     * @return a problem with the line, or empty
     */
    Optional<String> offer(String line) {
        if (done) {
            return Optional.empty();
        }
        Matcher m = DIRECTIVE.matcher(line);
        String key = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        if (!KNOWN.contains(key)) {
            done = true;
            return Optional.empty();
        }
        if (!seen.add(key)) {
            return Optional.of("only one " + key + " parser directive can be used");
        }
        return apply(key, m.group(2));
    }

    private Optional<String> apply(String key, String value) {
        if (key.equals("syntax")) {
            syntax = value;
        } else if (key.equals("escape")) {
            if (!value.equals("`") && !value.equals("\\")) {
                return Optional.of("invalid escape token '" + value + "' does not match ` or \\");
            }
            escape = value.charAt(0);
        } else if (key.equals("check")) {
            try {
                checks = Checks.parse(value);
            } catch (InvalidValue e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }

    char escape() {
        return escape;
    }

    Checks checks() {
        return checks;
    }

    Optional<String> syntax() {
        return Optional.ofNullable(syntax);
    }
}
