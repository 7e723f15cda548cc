package dev.strata.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.strata.sim.Actor;
import dev.strata.sim.Outcome;
import dev.strata.sim.Place;

/**
 * One outcome as one line of JSON, with the fields of the command-line contract: step, op,
 * replica, container, path, result, lands, volume, layer, node, copyUp, visibleTo, explain
 * (then say and source). A field that does not apply is {@code null}.
 */
final class OutcomeJson {
    private OutcomeJson() {
    }

    static String line(Outcome outcome) {
        Optional<Actor> actor = outcome.actor();
        Place place = outcome.place();
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "step", String.valueOf(outcome.step().number()));
        field(json, "op", string(outcome.step().op().key()));
        field(json, "replica", actor.map(a -> String.valueOf(a.replica())).orElse("null"));
        field(json, "container", actor.map(a -> string(a.container())).orElse("null"));
        field(json, "path", optionalString(outcome.step().path()));
        if (!outcome.step().to().isEmpty()) {
            field(json, "to", string(outcome.step().to()));
        }
        field(json, "result", string(outcome.result().jsonName()));
        field(json, "lands", string(place.lands().jsonName()));
        field(json, "volume", optionalString(place.volume()));
        field(json, "layer", layer(outcome).map(String::valueOf).orElse("null"));
        field(json, "node", actor.map(a -> String.valueOf(a.node())).orElse("null"));
        field(json, "copyUp", String.valueOf(outcome.copyUp()));
        field(json, "visibleTo", list(outcome.visibleTo()));
        field(json, "explain", string(outcome.explain()));
        field(json, "say", optionalString(outcome.step().say()));
        field(json, "source", optionalString(outcome.source()));
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    /** The image layer involved: where a read came from, a copy-up's or a whiteout's layer. */
    static Optional<Integer> layer(Outcome outcome) {
        if (outcome instanceof Outcome.CopiedUp copied) {
            return Optional.of(copied.fromLayer());
        }
        if (outcome instanceof Outcome.WhitedOut whiteout) {
            return Optional.of(whiteout.hiddenLayer());
        }
        int layer = outcome.place().layer();
        return layer >= 0 ? Optional.of(layer) : Optional.empty();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":").append(value).append(',');
    }

    private static String list(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    private static String optionalString(String value) {
        return value.isEmpty() ? "null" : string(value);
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
