package dev.strata.manifest;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds keys written twice in one mapping. kubectl without strict validation keeps the
 * last value, so Strata does the same and warns at the later key.
 */
final class DuplicateKeys {
    private final Source source;
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private DuplicateKeys(Source source) {
        this.source = source;
    }

    /** Warns about every duplicate key in a document; an aliased node is checked once. */
    static void warn(Node document, Source source) {
        new DuplicateKeys(source).visit(document);
    }

    private void visit(Node node) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            visitMapping(mapping);
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(this::visit);
        }
    }

    private void visitMapping(MappingNode mapping) {
        Map<String, Node> keys = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                Node first = keys.putIfAbsent(key.getValue(), key);
                if (first != null) {
                    warnDuplicate(key, first);
                }
            }
            visit(tuple.getValueNode());
        }
    }

    private void warnDuplicate(ScalarNode key, Node first) {
        int firstLine = first.getStartMark().getLine() + 1;
        source.warn(key.getStartMark(), "duplicate key \"" + key.getValue()
                + "\" (first at line " + firstLine + "); kubectl refuses it (--validate=strict,"
                + " its default), other clients keep the last value, as shown here");
    }
}
