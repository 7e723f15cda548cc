package dev.strata.dockerfile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a HEALTHCHECK as BuildKit's parseHealthcheck does: the type is CMD or NONE, NONE
 * takes nothing, CMD needs a command, durations are Go durations of at least 1ms (or 0),
 * and retries is a non-negative integer.
 */
final class Healthcheck {
    private static final Pattern DURATION_PART =
            Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
    private static final Map<String, Long> UNIT_NANOS = Map.of("ns", 1L, "us", 1_000L,
            "µs", 1_000L, "μs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L,
            "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final List<String> DURATIONS = List.of("interval", "timeout",
            "start-period", "start-interval");

    private Healthcheck() {
    }

    static void check(Node node, Flags flags) throws InvalidValue {
        String type = node.args().get(0).toUpperCase(Locale.ROOT);
        int commandWords = node.args().size() - 1;
        if (type.equals("NONE")) {
            if (commandWords != 0) {
                throw new InvalidValue("HEALTHCHECK NONE takes no arguments");
            }
            return;
        }
        if (!type.equals("CMD")) {
            throw new InvalidValue("Unknown type \"" + type + "\" in HEALTHCHECK (try CMD)");
        }
        if (commandWords == 0) {
            throw new InvalidValue("Missing command after HEALTHCHECK CMD");
        }
        for (String name : DURATIONS) {
            Optional<String> value = flags.value(name);
            if (value.isPresent()) {
                interval(name, value.get());
            }
        }
        Optional<String> retries = flags.value("retries");
        if (retries.isPresent()) {
            retries(retries.get());
        }
    }

    private static void interval(String name, String value) throws InvalidValue {
        Optional<BigDecimal> nanos = nanos(value);
        if (nanos.isEmpty()) {
            throw new InvalidValue("time: invalid duration " + GoQuote.quote(value));
        }
        BigDecimal d = nanos.get();
        if (d.signum() != 0 && d.compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            throw new InvalidValue("Interval \"" + name + "\" cannot be less than 1ms");
        }
    }

    /** Go's time.ParseDuration, in nanoseconds; empty when the text is not a duration. */
    static Optional<BigDecimal> nanos(String text) {
        boolean negative = text.startsWith("-");
        String rest = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (rest.equals("0")) {
            return Optional.of(BigDecimal.ZERO);
        }
        Matcher m = DURATION_PART.matcher(rest);
        BigDecimal total = BigDecimal.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            total = total.add(new BigDecimal(number(m.group(1)))
                    .multiply(BigDecimal.valueOf(UNIT_NANOS.get(m.group(2)))));
            end = m.end();
        }
        if (rest.isEmpty() || end != rest.length()) {
            return Optional.empty();
        }
        return Optional.of(negative ? total.negate() : total);
    }

    private static String number(String digits) {
        String n = digits.startsWith(".") ? "0" + digits : digits;
        return n.endsWith(".") ? n + "0" : n;
    }

    private static void retries(String value) throws InvalidValue {
        long retries;
        try {
            retries = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidValue("strconv.ParseInt: parsing " + GoQuote.quote(value)
                    + ": invalid syntax");
        }
        if (retries < 0) {
            throw new InvalidValue("--retries cannot be negative (" + retries + ")");
        }
    }
}
