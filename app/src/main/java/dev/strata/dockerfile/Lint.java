package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Some of BuildKit's build checks, with its rule names and messages: they warn about what
 * builds but is likely a mistake.
 */
final class Lint {
    private static final Set<String> RESERVED = Set.of("scratch", "context");
    private static final Set<String> SINGLE = Set.of("CMD", "ENTRYPOINT", "HEALTHCHECK");

    private final List<Warning> warnings = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private Lint() {
    }

    static List<Warning> check(List<Stage> stages) {
        Lint lint = new Lint();
        stages.forEach(lint::stage);
        return lint.warnings;
    }

    private void stage(Stage stage) {
        from(stage.from());
        boolean absoluteWorkdir = false;
        Map<String, List<Instruction>> single = new HashMap<>();
        for (Instruction instruction : stage.commands()) {
            String keyword = instruction.keyword();
            command(instruction, keyword);
            if (instruction instanceof Instruction.Workdir w && !absoluteWorkdir) {
                absoluteWorkdir = relativeWorkdir(w);
            }
            if (SINGLE.contains(keyword)) {
                single.computeIfAbsent(keyword, k -> new ArrayList<>()).add(instruction);
            }
        }
        single.values().forEach(uses -> uses.subList(0, uses.size() - 1).forEach(i -> warn(i,
                "MultipleInstructionsDisallowed", "Multiple " + i.keyword() + " instructions "
                        + "should not be used in the same stage because only the last one "
                        + "will be used")));
    }

    private void from(Instruction.From from) {
        List<String> args = from.node().args();
        if (from.name().isEmpty()) {
            return;
        }
        String written = args.get(2);
        String name = from.name().get();
        if (!written.equals(name)) {
            warn(from, "StageNameCasing", "Stage name '" + written + "' should be lowercase");
        }
        String keyword = from.node().keyword();
        String as = args.get(1);
        if (!sameCase(keyword, as)) {
            warn(from, "FromAsCasing", "'" + as + "' and '" + keyword
                    + "' keywords' casing do not match");
        }
        if (!names.add(name)) {
            warn(from, "DuplicateStageName", "Duplicate stage name \"" + name
                    + "\", stage names should be unique");
        }
        if (RESERVED.contains(name)) {
            warn(from, "ReservedStageName", "Stage name should not use the same name as "
                    + "reserved stage \"" + name + "\"");
        }
    }

    private static boolean sameCase(String keyword, String as) {
        if (keyword.equals(keyword.toUpperCase(Locale.ROOT))) {
            return as.equals(as.toUpperCase(Locale.ROOT));
        }
        return !keyword.equals(keyword.toLowerCase(Locale.ROOT))
                || as.equals(as.toLowerCase(Locale.ROOT));
    }

    private void command(Instruction instruction, String keyword) {
        Node node = instruction.node();
        if (keyword.equals("MAINTAINER")) {
            warn(instruction, "MaintainerDeprecated",
                    "Maintainer instruction is deprecated in favor of using label");
        } else if ((keyword.equals("ENV") || keyword.equals("LABEL"))
                && node.args().size() == 3 && node.args().get(2).isEmpty()) {
            warn(instruction, "LegacyKeyValueFormat", "\"" + keyword + " key=value\" should be "
                    + "used instead of legacy \"" + keyword + " key value\" format");
        } else if ((keyword.equals("CMD") || keyword.equals("ENTRYPOINT")) && !node.json()) {
            warn(instruction, "JSONArgsRecommended", "JSON arguments recommended for "
                    + keyword + " to prevent unintended behavior related to OS signals");
        }
    }

    /** Warns about a relative WORKDIR before any absolute one; true if this one is absolute. */
    private boolean relativeWorkdir(Instruction.Workdir workdir) {
        String path = workdir.path();
        boolean absolute = path.startsWith("/") || path.startsWith("$");
        if (!absolute) {
            warn(workdir, "WorkdirRelativePath", "Relative workdir \"" + path
                    + "\" can have unexpected results if the base image changes");
        }
        return absolute;
    }

    private void warn(Instruction at, String rule, String message) {
        warnings.add(new Warning(at.position(), rule, message));
    }
}
