package dev.strata.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.PlannedLayer;
import dev.strata.image.Layer;

/**
 * Pairs the layers of a real image with the Dockerfile instructions that made them. An image
 * built from a Dockerfile holds its base image's layers and then one layer per planned layer,
 * in order, so the two are lined up from the top; each pair whose history matches the
 * instruction is a match, and a pair that does not is shown with its own history rather
 * than guessed at. BuildKit records each instruction in {@code created_by} (dockerfile2llb:
 * {@code RUN /bin/sh -c CMD # buildkit}, with {@code |N K=V} before the command when build
 * arguments are in scope; {@code COPY --chown=U --chmod=M SRC DST # buildkit}, which keeps
 * only the {@code --parents}, {@code --chown} and {@code --chmod} flags and drops
 * {@code --from}, {@code --link} and {@code --exclude}; RUN drops {@code --mount},
 * {@code --network} and {@code --security}); the classic builder wrote
 * {@code /bin/sh -c #(nop) ...}. The layers below the plan's belong to the base image.
 */
final class LayerMatch {
    private static final Pattern BUILDKIT_SUFFIX = Pattern.compile("\\s*#\\s*buildkit\\s*$");
    private static final Pattern SHELL = Pattern.compile("^(RUN\\s+)?(\\|\\d+\\s+(\\S+=\\S*\\s+)*)?"
            + "/bin/sh -c\\s+(#\\(nop\\)\\s*)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Flags right after the keyword; history keeps some of them and drops the others. */
    private static final Pattern FLAGS =
            Pattern.compile("^([A-Z]+)((?:\\s+--[a-z-]+(?:=\\S*)?)+)");
    private static final Set<String> KEYWORDS = Set.of("ADD", "ARG", "CMD", "COPY",
            "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD",
            "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");
    /** The classic builder records ADD and COPY by content hash and destination. */
    private static final Pattern CLASSIC_COPY =
            Pattern.compile("^(ADD|COPY) (?:file|dir|multi):\\S+ in (\\S+)$");

    private final Map<Integer, PlannedLayer> byImageLayer = new HashMap<>();
    private final int planStart;

    private LayerMatch(Map<Integer, PlannedLayer> matches, int planStart) {
        byImageLayer.putAll(matches);
        this.planStart = planStart;
    }

    static LayerMatch of(List<Layer> layers, Optional<ImagePlan> plan) {
        Map<Integer, PlannedLayer> matches = new HashMap<>();
        List<PlannedLayer> planned = plan.map(ImagePlan::layers).orElse(List.of());
        int offset = layers.size() - planned.size();
        for (int p = Math.max(0, -offset); p < planned.size(); p++) {
            if (same(planned.get(p), layers.get(p + offset).createdBy())) {
                matches.put(p + offset, planned.get(p));
            }
        }
        return new LayerMatch(matches, plan.isPresent() ? Math.max(0, offset) : 0);
    }

    /** The Dockerfile instruction that made this layer, if it could be told. */
    Optional<PlannedLayer> instruction(int imageLayer) {
        return Optional.ofNullable(byImageLayer.get(imageLayer));
    }

    /** True when at least the image's top layer was made by the Dockerfile's last one. */
    boolean matchedAny() {
        return !byImageLayer.isEmpty();
    }

    /** True for the layers that came with the base image: those below the plan's. */
    boolean inBase(int imageLayer) {
        return imageLayer < planStart && !byImageLayer.isEmpty();
    }

    static boolean same(PlannedLayer planned, String createdBy) {
        String history = withoutFlags(normalize(createdBy));
        String instruction = withoutFlags(normalize(planned.text()));
        String withoutKeyword = instruction.substring(Math.min(instruction.length(),
                planned.instruction().length())).strip();
        return history.equals(instruction) || history.equals(withoutKeyword)
                || history.equals(planned.instruction() + " " + withoutKeyword)
                || sameClassicCopy(planned, history);
    }

    private static boolean sameClassicCopy(PlannedLayer planned, String history) {
        Matcher classic = CLASSIC_COPY.matcher(history);
        if (!classic.matches() || !classic.group(1).equals(planned.instruction())) {
            return false;
        }
        String[] words = SPACES.split(planned.text().strip());
        return words[words.length - 1].equals(classic.group(2));
    }

    /** created_by or an instruction, without BuildKit's suffix, the shell prefix and spacing. */
    static String normalize(String text) {
        String trimmed = BUILDKIT_SUFFIX.matcher(text.strip()).replaceFirst("");
        String command = SHELL.matcher(trimmed).replaceFirst("");
        boolean wasRun = !command.equals(trimmed) && trimmed.startsWith("RUN");
        String spaced = SPACES.matcher(command).replaceAll(" ").strip();
        return wasRun ? "RUN " + spaced : spaced;
    }

    /** The text without the flags after its keyword, which history keeps only some of. */
    private static String withoutFlags(String text) {
        Matcher flags = FLAGS.matcher(text);
        return flags.find() ? flags.group(1) + text.substring(flags.end()) : text;
    }

    /**
     * The instruction keyword a created_by names, e.g. RUN or COPY, or empty when it names
     * none (a history written by another tool).
     */
    static String keyword(String createdBy) {
        String text = display(createdBy);
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        return KEYWORDS.contains(first) ? first : "";
    }

    /**
     * A created_by as a reader would write the instruction: without BuildKit's suffix and
     * build-argument prefix, and with the classic builder's {@code /bin/sh -c #(nop)} gone
     * and its bare {@code /bin/sh -c CMD} shown as {@code RUN CMD}; any other text as it is.
     */
    static String display(String createdBy) {
        String trimmed = SPACES.matcher(BUILDKIT_SUFFIX.matcher(createdBy.strip())
                .replaceFirst("")).replaceAll(" ");
        Matcher shell = SHELL.matcher(trimmed);
        if (!shell.find()) {
            return trimmed;
        }
        String rest = trimmed.substring(shell.end()).strip();
        return shell.group(4) != null ? rest : "RUN " + rest;
    }
}
