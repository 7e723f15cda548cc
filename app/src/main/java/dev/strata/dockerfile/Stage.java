package dev.strata.dockerfile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A build stage: a FROM and the instructions up to the next FROM.
 *
 * @param index 0-based position among the stages
 * @param from the FROM that opens it
 * @param commands its other instructions, in order
 */
public record Stage(int index, Instruction.From from, List<Instruction> commands) {
    public Stage {
        Objects.requireNonNull(from, "from");
        commands = List.copyOf(commands);
    }

    /** The name given with {@code AS}, in lower case. */
    public Optional<String> name() {
        return from.name();
    }

    /** The name, or the index when the stage has none: how layers are labelled. */
    public String label() {
        return name().orElse(Integer.toString(index));
    }
}
