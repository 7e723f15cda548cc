package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What building a stage chain has produced so far: the layers and history, and the
 * environment and working directory the next instruction sees.
 */
final class StageState {
    final String base;
    final List<PlannedLayer> layers = new ArrayList<>();
    final List<HistoryEntry> history = new ArrayList<>();
    final List<CopySource> copiesFrom = new ArrayList<>();
    final Map<String, String> env = new LinkedHashMap<>();
    final Map<String, String> args = new LinkedHashMap<>();
    String workdir = "/";

    StageState(String base) {
        this.base = base;
    }

    /** The variables an instruction's words are expanded with: ARGs, overridden by ENV. */
    Map<String, String> variables() {
        Map<String, String> all = new LinkedHashMap<>(args);
        all.putAll(env);
        return all;
    }

    void addLayer(Instruction instruction, String stage, List<PlannedFile> files,
            boolean contentKnown) {
        addLayer(instruction, stage, files, contentKnown, List.of());
    }

    void addLayer(Instruction instruction, String stage, List<PlannedFile> files,
            boolean contentKnown, List<RunMount> mounts) {
        layers.add(new PlannedLayer(layers.size() + 1, instruction.position().line(),
                instruction.keyword(), instruction.text(), stage, files, contentKnown, mounts));
        record(instruction, false);
    }

    void record(Instruction instruction, boolean emptyLayer) {
        history.add(new HistoryEntry(instruction.position().line(), instruction.keyword(),
                instruction.text(), emptyLayer));
    }

    ImagePlan toPlan(String target, String platform, List<Warning> warnings) {
        return new ImagePlan(base, layers, history, target, platform, copiesFrom, warnings);
    }
}
