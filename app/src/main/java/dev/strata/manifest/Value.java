package dev.strata.manifest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A node of a composed manifest with the field path that leads to it, read the way the
 * Kubernetes API reads JSON: a missing key and an explicit null are the same, the last of
 * duplicate keys wins, and a value of the wrong type is an error at that value.
 *
 * <p>Errors read {@code path: problem} and point at the node, so the user sees both the
 * line and the field, e.g. {@code spec.replicas: must be an integer, found "three"}.
 */
final class Value {
    static final String TEMPLATE = "looks like a template, not a manifest;"
            + " render it first (helm template, kustomize build)";

    private static final Set<String> TRUE = Set.of("true", "yes", "on");

    private final Node node;
    private final Node key;
    private final String path;
    private final Source source;
    /** The fields of a mapping, read once when first asked for. */
    private Map<String, Value> fields;

    private Value(Node node, Node key, String path, Source source) {
        this.node = node;
        this.key = key;
        this.path = path;
        this.source = source;
    }

    static Value root(Node node, Source source) {
        return new Value(node, node, "", source);
    }

    String path() {
        return path;
    }

    /** The key this value is written under; empty for a list item or a document. */
    String keyName() {
        return key != node && key instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    SourcePosition position() {
        return source.at(node.getStartMark());
    }

    boolean isNull() {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    boolean isString() {
        return node instanceof ScalarNode && node.getTag().equals(Tag.STR);
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** An error about this value, prefixed with its field path. */
    InputException error(String problem) {
        return new InputException(position(), path.isEmpty() ? problem : path + ": " + problem);
    }

    /** An error about the key this value is written under, such as one too many. */
    InputException keyError(String problem) {
        return new InputException(source.at(key.getStartMark()), path + ": " + problem);
    }

    /** A warning at this value. */
    void warnAt(String message) {
        source.warn(node.getStartMark(), path + ": " + message);
    }

    /** A warning at the key this value is written under. */
    void warnAtKey(String message) {
        source.warn(key.getStartMark(), path + ": " + message);
    }

    /** The value of a key of this mapping, absent if the key is missing or null. */
    Optional<Value> field(String key) {
        return Optional.ofNullable(fields().get(key)).filter(v -> !v.isNull());
    }

    /** The value of a key that must be there and must not be null. */
    Value required(String key) {
        return field(key).orElseThrow(() -> error(key + " is required"));
    }

    /** The value at a dotted path of keys, absent if any step is missing. */
    Optional<Value> at(String dottedPath) {
        Optional<Value> value = Optional.of(this);
        for (String key : dottedPath.split("\\.")) {
            value = value.flatMap(v -> v.field(key));
        }
        return value;
    }

    /** The value at a dotted path of keys, each of which must be there. */
    Value requiredAt(String dottedPath) {
        Value value = this;
        for (String key : dottedPath.split("\\.")) {
            value = value.required(key);
        }
        return value;
    }

    /** This mapping's keys and values in order; of duplicate keys, the last value. */
    Map<String, Value> fields() {
        if (fields == null) {
            MappingNode mapping = expect(MappingNode.class, "a mapping");
            Map<String, Value> read = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    read.put(key.getValue(), child(key, tuple.getValueNode()));
                }
            }
            fields = Collections.unmodifiableMap(read);
        }
        return fields;
    }

    /** This list's items; a null list is empty. */
    List<Value> items() {
        if (isNull()) {
            return List.of();
        }
        List<Value> items = new ArrayList<>();
        for (Node item : expect(SequenceNode.class, "a list").getValue()) {
            items.add(new Value(item, item, path + "[" + items.size() + "]", source));
        }
        return items;
    }

    /** This string; a number or a boolean is not a string to the API server either. */
    String text() {
        ScalarNode scalar = expect(ScalarNode.class, "a string");
        if (!scalar.getTag().equals(Tag.STR)) {
            throw mismatch("a string");
        }
        return scalar.getValue();
    }

    /** A string that must not be empty, like a name. */
    String nonEmptyText() {
        String text = text();
        if (text.isEmpty()) {
            throw error("must not be empty");
        }
        return text;
    }

    /** A resource quantity such as {@code 1Gi} or {@code 500}, kept as written. */
    String quantity() {
        ScalarNode scalar = expect(ScalarNode.class, "a quantity such as 1Gi");
        Tag tag = scalar.getTag();
        if (!tag.equals(Tag.STR) && !tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT)) {
            throw mismatch("a quantity such as 1Gi");
        }
        return scalar.getValue();
    }

    /** A resource quantity parsed to bytes; the text of a YAML integer is its decimal value. */
    Quantity parsedQuantity() {
        String text = quantity();
        if (((ScalarNode) node).getTag().equals(Tag.INT)) {
            text = parseInteger(text).map(BigInteger::toString).orElse(text);
        }
        try {
            return Quantity.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** A quantity that must not be negative, as the API server checks resource values. */
    Quantity nonNegativeQuantity() {
        Quantity quantity = parsedQuantity();
        if (quantity.bytes() < 0) {
            throw error("must not be negative, found " + quantity.text());
        }
        return quantity;
    }

    boolean bool() {
        ScalarNode scalar = expect(ScalarNode.class, "true or false");
        if (!scalar.getTag().equals(Tag.BOOL)) {
            throw mismatch("true or false");
        }
        return TRUE.contains(scalar.getValue().toLowerCase(Locale.ROOT));
    }

    /**
     * A 32-bit integer, as Kubernetes counts replicas. A float with no fraction, like
     * {@code 3.0}, is one too: kubectl turns YAML into JSON, where it is the number 3.
     */
    int integer() {
        ScalarNode scalar = expect(ScalarNode.class, "an integer");
        BigInteger number;
        if (scalar.getTag().equals(Tag.INT)) {
            number = parseInteger(scalar.getValue())
                    .orElseThrow(() -> error("must be a plain integer, found " + describe()));
        } else if (scalar.getTag().equals(Tag.FLOAT)) {
            number = wholeFloat(scalar.getValue()).orElseThrow(() -> mismatch("an integer"));
        } else {
            throw mismatch("an integer");
        }
        if (number.bitLength() > 31) {
            throw error("is out of range, found " + number);
        }
        return number.intValue();
    }

    /** An integer that must not be negative. */
    int count() {
        int count = integer();
        if (count < 0) {
            throw error("must not be negative, found " + count);
        }
        return count;
    }

    /** Whether this node is what a template placeholder like {@code {{ .Values.x }}} makes. */
    boolean looksLikeTemplate() {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().contains("{{");
        }
        return node instanceof MappingNode mapping
                && mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                && mapping.getValue().stream()
                        .anyMatch(t -> t.getKeyNode() instanceof MappingNode);
    }

    private <T extends Node> T expect(Class<T> type, String expected) {
        if (!type.isInstance(node)) {
            throw mismatch(expected);
        }
        return type.cast(node);
    }

    private InputException mismatch(String expected) {
        if (looksLikeTemplate()) {
            return error(TEMPLATE);
        }
        return error("must be " + expected + ", found " + describe());
    }

    /** A YAML 1.1 float such as {@code 3.0} or {@code 1.5e+3} that is a whole number. */
    private static Optional<BigInteger> wholeFloat(String text) {
        try {
            BigDecimal value = new BigDecimal(text.replace("_", "")).stripTrailingZeros();
            if (value.scale() > 0) {
                return Optional.empty();
            }
            boolean huge = value.precision() - value.scale() > 20;
            return Optional.of(huge ? BigInteger.ONE.shiftLeft(64) : value.toBigIntegerExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** YAML 1.1 integers, as SnakeYAML and kubectl resolve them: 12, 1_000, 0x1f, 017. */
    private static Optional<BigInteger> parseInteger(String text) {
        String digits = text.replace("_", "");
        boolean negative = digits.startsWith("-");
        if (negative || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        Optional<BigInteger> magnitude = magnitude(digits);
        return negative ? magnitude.map(BigInteger::negate) : magnitude;
    }

    private static Optional<BigInteger> magnitude(String digits) {
        if (digits.contains(":")) {
            return Optional.empty();
        }
        if (digits.startsWith("0x") || digits.startsWith("0b")) {
            int radix = digits.charAt(1) == 'x' ? 16 : 2;
            return Optional.of(new BigInteger(digits.substring(2), radix));
        }
        int radix = digits.length() > 1 && digits.startsWith("0") ? 8 : 10;
        return Optional.of(new BigInteger(digits, radix));
    }

    private Value child(ScalarNode key, Node value) {
        String name = key.getValue();
        return new Value(value, key, path.isEmpty() ? name : path + "." + name, source);
    }

    /** What the node is, for messages: {@code a list}, {@code the number 3}, ... */
    String describe() {
        if (looksLikeTemplate()) {
            return "a template placeholder";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return describeScalar((ScalarNode) node);
    }

    private static String describeScalar(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        if (tag.equals(Tag.NULL)) {
            return "null";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "the number " + shown;
        }
        if (tag.equals(Tag.BOOL)) {
            return "the boolean " + shown;
        }
        return tag.equals(Tag.STR) ? "\"" + shown + "\"" : "a value tagged " + tag.getValue();
    }
}
