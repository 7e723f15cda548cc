package dev.strata.sim;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads scenario files (YAML, see DESIGN.md). Every mistake names its line and column.
 */
public final class ScenarioParser {
    private static final Set<String> TOP_KEYS = Set.of("title", "nodes", "steps");
    private static final Set<String> OPTION_KEYS =
            Set.of("replica", "container", "workload", "size", "say", "to");
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(|B|k|K|kB|KB|Ki|KiB|M|MB|Mi|MiB|G|GB|Gi|GiB"
                    + "|T|TB|Ti|TiB|P|PB|Pi|PiB)");
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("", 1L), Map.entry("B", 1L),
            Map.entry("k", 1000L), Map.entry("K", 1000L), Map.entry("kB", 1000L),
            Map.entry("KB", 1000L), Map.entry("Ki", 1024L), Map.entry("KiB", 1024L),
            Map.entry("M", 1000_000L), Map.entry("MB", 1000_000L),
            Map.entry("Mi", 1L << 20), Map.entry("MiB", 1L << 20),
            Map.entry("G", 1000_000_000L), Map.entry("GB", 1000_000_000L),
            Map.entry("Gi", 1L << 30), Map.entry("GiB", 1L << 30),
            Map.entry("T", 1000_000_000_000L), Map.entry("TB", 1000_000_000_000L),
            Map.entry("Ti", 1L << 40), Map.entry("TiB", 1L << 40),
            Map.entry("P", 1000_000_000_000_000L), Map.entry("PB", 1000_000_000_000_000L),
            Map.entry("Pi", 1L << 50), Map.entry("PiB", 1L << 50));
    private static final int MAX_NODES = 100;
    private static final BigDecimal MAX_SIZE = BigDecimal.valueOf(1L << 50);

    private final String file;

    private ScenarioParser(String file) {
        this.file = file;
    }

    public static Scenario parse(Path path) throws IOException {
        return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    }

    public static Scenario parse(String text, String file) {
        return new ScenarioParser(file).scenario(compose(text, file));
    }

    private static Node compose(String text, String file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1 << 20);
        try {
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            if (root == null) {
                throw new InputException(SourcePosition.startOf(file), "the scenario is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InputException(position(file, mark), e.getProblem(), e);
        } catch (YAMLException e) {
            throw new InputException(SourcePosition.startOf(file), e.getMessage(), e);
        }
    }

    private Scenario scenario(Node root) {
        MappingNode top = mapping(root, "a scenario");
        String title = "Scenario";
        int nodes = Scenario.DEFAULT_NODES;
        List<Step> steps = List.of();
        for (NodeTuple tuple : tuples(top, TOP_KEYS)) {
            String key = key(tuple);
            Node value = tuple.getValueNode();
            switch (key) {
                case "title" -> title = scalar(value, "title");
                case "nodes" -> nodes = integer(value, "nodes", 1, MAX_NODES);
                default -> steps = steps(value);
            }
        }
        return new Scenario(title, nodes, steps);
    }

    private List<Step> steps(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "steps must be a list, one item a step");
        }
        List<Step> steps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            steps.add(step(item, steps.size() + 1));
        }
        return steps;
    }

    private Step step(Node node, int number) {
        MappingNode map = mapping(node, "a step");
        Set<String> allowed = new HashSet<>(OPTION_KEYS);
        for (Op op : Op.values()) {
            allowed.add(op.key());
        }
        StepBuilder step = new StepBuilder(number, position(node));
        for (NodeTuple tuple : tuples(map, allowed)) {
            applyKey(step, key(tuple), tuple);
        }
        return step.build(this, node);
    }

    private void applyKey(StepBuilder step, String key, NodeTuple tuple) {
        Node value = tuple.getValueNode();
        switch (key) {
            case "replica" -> step.replica = integer(value, "replica", 1, Integer.MAX_VALUE);
            case "container" -> step.container = scalar(value, "container");
            case "workload" -> step.workload = scalar(value, "workload");
            case "size" -> step.size = size(value);
            case "say" -> step.say = scalar(value, "say");
            case "to" -> step.to = path(value, "to");
            default -> setOp(step, Op.fromKey(key).orElseThrow(), tuple);
        }
    }

    private void setOp(StepBuilder step, Op op, NodeTuple tuple) {
        if (op == Op.SAY) {
            return;
        }
        if (step.op != null) {
            throw error(tuple.getKeyNode(), "a step has exactly one op, but this one has "
                    + step.op.key() + " and " + op.key());
        }
        step.op = op;
        step.opNode = tuple.getKeyNode();
        Node value = tuple.getValueNode();
        switch (op) {
            case RESTART, DELETE_POD -> {
                step.replica = integer(value, op.key(), 1, Integer.MAX_VALUE);
            }
            case SCALE -> step.count = integer(value, "scale", 0, Simulation.MAX_PODS);
            case ROLLOUT -> requireNull(value, "rollout takes no value");
            default -> step.path = path(value, op.key());
        }
    }

    /** Collects a step's keys before it is checked as a whole. */
    private static final class StepBuilder {
        final int number;
        final SourcePosition position;
        Op op;
        Node opNode;
        String path = "";
        String to = "";
        Integer replica;
        int count;
        String container = "";
        String workload = "";
        Long size;
        String say;

        StepBuilder(int number, SourcePosition position) {
            this.number = number;
            this.position = position;
        }

        Step build(ScenarioParser parser, Node node) {
            if (op == null && say == null) {
                throw parser.error(node, "a step needs one op: write, append, read, delete,"
                        + " mkdir, chmod, rename, restart, deletePod, scale, rollout or say");
            }
            Op actual = op == null ? Op.SAY : op;
            if (actual == Op.RENAME && to.isEmpty()) {
                throw parser.error(node, "rename needs `to`, the new path");
            }
            if (actual != Op.RENAME && !to.isEmpty()) {
                throw parser.error(node, "`to` belongs to rename only");
            }
            if (size != null && actual != Op.WRITE && actual != Op.APPEND) {
                // A step of narration alone has no op key to point at: point at the step.
                throw parser.error(opNode == null ? node : opNode,
                        "`size` belongs to write and append only");
            }
            long bytes = size == null ? Step.DEFAULT_SIZE : size;
            return new Step(number, actual, path, to, replica == null ? 1 : replica, count,
                    container, workload, bytes, say == null ? "" : say, position);
        }
    }

    private List<NodeTuple> tuples(MappingNode map, Set<String> allowed) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = key(tuple);
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key `" + key + "`; expected one of "
                        + allowed.stream().sorted().toList());
            }
            if (!seen.add(key)) {
                throw error(tuple.getKeyNode(), "`" + key + "` is given twice");
            }
        }
        return map.getValue();
    }

    private String key(NodeTuple tuple) {
        return scalar(tuple.getKeyNode(), "a key");
    }

    private MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode map) {
            return map;
        }
        throw error(node, what + " must be a mapping of keys to values");
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().getValue().endsWith(":null")) {
            return scalar.getValue();
        }
        throw error(node, what + " must be a single value");
    }

    private void requireNull(Node node, String message) {
        if (!(node instanceof ScalarNode scalar) || !scalar.getValue().isEmpty()) {
            throw error(node, message);
        }
    }

    private int integer(Node node, String what, int min, int max) {
        String text = scalar(node, what);
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw error(node, what + " must be between " + min + " and " + max
                        + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(node, what + " must be a whole number, got `" + text + "`");
        }
    }

    private String path(Node node, String what) {
        String text = scalar(node, what).trim();
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw error(node, what + " holds a control character, which no path can");
        }
        if (!text.startsWith("/")) {
            throw error(node, what + " needs an absolute path (starting with /), got `"
                    + text + "`");
        }
        return text;
    }

    private long size(Node node) {
        String text = scalar(node, "size").trim();
        Matcher matcher = QUANTITY.matcher(text);
        if (!matcher.matches()) {
            throw error(node, "size must be bytes or a quantity like 512, 4KiB or 2MB, got `"
                    + text + "`");
        }
        BigDecimal bytes = new BigDecimal(matcher.group(1))
                .multiply(BigDecimal.valueOf(UNITS.get(matcher.group(2))));
        if (bytes.compareTo(MAX_SIZE) > 0) {
            throw error(node, "size must be at most 1PiB, got " + text);
        }
        return bytes.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private InputException error(Node node, String problem) {
        return new InputException(position(node), problem);
    }

    private SourcePosition position(Node node) {
        return position(file, node.getStartMark());
    }

    private static SourcePosition position(String file, Mark mark) {
        if (mark == null) {
            return SourcePosition.startOf(file);
        }
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
