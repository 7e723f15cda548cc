package dev.strata.manifest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A storage quantity such as {@code 1Gi}, {@code 500M} or {@code 1e3}, kept as written and
 * as a byte count. The grammar and the rounding are those of Kubernetes' resource.Quantity
 * (kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity): a signed decimal
 * number, then a binary suffix (Ki, Mi, Gi, Ti, Pi, Ei), a decimal suffix (n, u, m, k, M, G,
 * T, P, E) or a decimal exponent ({@code e3}, {@code E-2}); a fraction of a byte rounds up.
 *
 * @param text the quantity as written
 * @param bytes its value in bytes, rounded up to a whole byte as Kubernetes' Value() does
 */
public record Quantity(String text, long bytes) {
    private static final Pattern FORM = Pattern.compile(
            "([+-]?(?:\\d+\\.?\\d*|\\.\\d+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\\d+)?");
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
            Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
            Map.entry("Ei", BigDecimal.valueOf(1L << 60)),
            Map.entry("n", BigDecimal.ONE.scaleByPowerOfTen(-9)),
            Map.entry("u", BigDecimal.ONE.scaleByPowerOfTen(-6)),
            Map.entry("m", BigDecimal.ONE.scaleByPowerOfTen(-3)),
            Map.entry("k", BigDecimal.ONE.scaleByPowerOfTen(3)),
            Map.entry("M", BigDecimal.ONE.scaleByPowerOfTen(6)),
            Map.entry("G", BigDecimal.ONE.scaleByPowerOfTen(9)),
            Map.entry("T", BigDecimal.ONE.scaleByPowerOfTen(12)),
            Map.entry("P", BigDecimal.ONE.scaleByPowerOfTen(15)),
            Map.entry("E", BigDecimal.ONE.scaleByPowerOfTen(18)));
    /** Exponents beyond this cannot give a byte count that fits in a long, or one above 0. */
    private static final int MAX_EXPONENT = 1_000;

    public Quantity {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Parses a quantity.
     *
     * @throws IllegalArgumentException saying what is wrong, if it is not a quantity or its
     *     byte count does not fit in a long
     */
    public static Quantity parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must be a quantity such as 1Gi, 500M or 1e3,"
                    + " found \"" + text + "\"");
        }
        BigDecimal value = new BigDecimal(matcher.group(1)).multiply(scale(matcher.group(2)));
        return new Quantity(text, bytes(value, text));
    }

    /** The quantity, or empty when the text is empty or not a quantity. */
    static Optional<Quantity> tryParse(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The byte count of a quantity, or empty when the text is empty or not a quantity. */
    static OptionalLong bytesOf(String text) {
        return tryParse(text).map(q -> OptionalLong.of(q.bytes())).orElse(OptionalLong.empty());
    }

    private static BigDecimal scale(String suffix) {
        if (suffix == null) {
            return BigDecimal.ONE;
        }
        if (SUFFIXES.containsKey(suffix)) {
            return SUFFIXES.get(suffix);
        }
        return BigDecimal.ONE.scaleByPowerOfTen(exponent(suffix.substring(1)));
    }

    private static int exponent(String digits) {
        String plain = digits.startsWith("+") ? digits.substring(1) : digits;
        String magnitude = plain.startsWith("-") ? plain.substring(1) : plain;
        if (magnitude.length() > 4 || Integer.parseInt(magnitude) > MAX_EXPONENT) {
            throw new IllegalArgumentException("has an exponent too large for a quantity: "
                    + digits);
        }
        return Integer.parseInt(plain);
    }

    private static long bytes(BigDecimal value, String text) {
        if (value.signum() != 0 && value.precision() - value.scale() > 19) {
            throw new IllegalArgumentException("is larger than any byte count: " + text);
        }
        BigDecimal whole = value.setScale(0, RoundingMode.UP);
        try {
            return whole.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("is larger than any byte count: " + text, e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
