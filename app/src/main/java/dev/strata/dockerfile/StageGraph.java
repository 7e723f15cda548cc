package dev.strata.dockerfile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.strata.source.InputException;

/**
 * Checks how stages refer to each other. {@code COPY --from} may name any stage, earlier or
 * later, as in BuildKit, which refuses a cycle; a FROM may only build on an earlier stage.
 * BuildKit would read a FROM naming a later stage as an image of that name; here it is an
 * error, because it is almost always a misplaced stage. Names with variables are left to
 * the planner.
 */
final class StageGraph {
    private final List<Stage> stages;
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<List<Edge>> edges = new ArrayList<>();

    private StageGraph(List<Stage> stages) {
        this.stages = stages;
        for (Stage stage : stages) {
            stage.name().ifPresent(name -> byName.putIfAbsent(name, stage.index()));
            edges.add(new ArrayList<>());
        }
    }

    /** A stage needs another one: as its base, or for a COPY. */
    private record Edge(int to, Instruction by) {
    }

    static void check(List<Stage> stages) {
        StageGraph graph = new StageGraph(stages);
        stages.forEach(graph::link);
        int[] state = new int[stages.size()];
        for (Stage stage : stages) {
            graph.visit(stage.index(), state);
        }
    }

    private void link(Stage stage) {
        Instruction.From from = stage.from();
        Optional<Integer> base = find(from.image());
        if (base.isPresent() && base.get() >= stage.index()) {
            throw base.get() == stage.index() ? circular(from, stage)
                    : new InputException(from.position(), "stage \"" + from.image()
                            + "\" is used before it is defined (line "
                            + stages.get(base.get()).from().position().line()
                            + "): FROM can only build on an earlier stage");
        }
        base.ifPresent(b -> edges.get(stage.index()).add(new Edge(b, from)));
        for (Instruction instruction : stage.commands()) {
            if (instruction instanceof Instruction.Copy copy && copy.from().isPresent()) {
                find(copy.from().get())
                        .ifPresent(to -> edges.get(stage.index()).add(new Edge(to, copy)));
            }
        }
    }

    private Optional<Integer> find(String reference) {
        if (reference.contains("$")) {
            return Optional.empty();
        }
        String name = reference.toLowerCase(Locale.ROOT);
        if (name.chars().allMatch(Character::isDigit) && !name.isEmpty() && name.length() < 9) {
            int index = Integer.parseInt(name);
            return index < stages.size() ? Optional.of(index) : Optional.empty();
        }
        return Optional.ofNullable(byName.get(name));
    }

    /** Depth-first with its own stack (chains can be long): 0 new, 1 on the path, 2 done. */
    private void visit(int start, int[] state) {
        Deque<int[]> path = new ArrayDeque<>();
        if (state[start] == 0) {
            state[start] = 1;
            path.push(new int[] {start, 0});
        }
        while (!path.isEmpty()) {
            int[] top = path.peek();
            List<Edge> out = edges.get(top[0]);
            if (top[1] == out.size()) {
                state[top[0]] = 2;
                path.pop();
                continue;
            }
            Edge edge = out.get(top[1]++);
            if (state[edge.to()] == 1) {
                throw circular(edge.by(), stages.get(edge.to()));
            }
            if (state[edge.to()] == 0) {
                state[edge.to()] = 1;
                path.push(new int[] {edge.to(), 0});
            }
        }
    }

    private static InputException circular(Instruction at, Stage stage) {
        return new InputException(at.position(),
                "circular dependency detected on stage: " + stage.label());
    }
}
