package dev.strata.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.PlannedLayer;
import dev.strata.image.Layer;

/**
 * Pairs the layers of a real image with the Dockerfile instructions that made them, from
 * the top down. BuildKit records each instruction in the layer's history {@code created_by}
 * (as {@code RUN /bin/sh -c CMD # buildkit}, {@code COPY SRC DST # buildkit},
 * {@code WORKDIR /app}); the classic builder wrote {@code /bin/sh -c #(nop) ...}.
 * The layers below the lowest match belong to the base image.
 */
final class LayerMatch {
    private static final Pattern BUILDKIT_SUFFIX = Pattern.compile("\\s*#\\s*buildkit\\s*$");
    private static final Pattern SHELL = Pattern.compile("^(RUN\\s+)?(\\|\\d+\\s+(\\S+=\\S*\\s+)*)?"
            + "/bin/sh -c\\s+(#\\(nop\\)\\s*)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The classic builder records ADD and COPY by content hash and destination. */
    private static final Pattern CLASSIC_COPY =
            Pattern.compile("^(ADD|COPY) (?:file|dir|multi):\\S+ in (\\S+)$");

    private final Map<Integer, PlannedLayer> byImageLayer = new HashMap<>();
    private final int lowestMatch;

    private LayerMatch(Map<Integer, PlannedLayer> matches, int lowestMatch) {
        byImageLayer.putAll(matches);
        this.lowestMatch = lowestMatch;
    }

    static LayerMatch of(List<Layer> layers, Optional<ImagePlan> plan) {
        Map<Integer, PlannedLayer> matches = new HashMap<>();
        List<PlannedLayer> planned = plan.map(ImagePlan::layers).orElse(List.of());
        int image = layers.size() - 1;
        int lowest = layers.size();
        for (int p = planned.size() - 1; p >= 0 && image >= 0; p--, image--) {
            if (!same(planned.get(p), layers.get(image).createdBy())) {
                break;
            }
            matches.put(image, planned.get(p));
            lowest = image;
        }
        return new LayerMatch(matches, plan.isPresent() ? lowest : 0);
    }

    /** The Dockerfile instruction that made this layer, if it could be told. */
    Optional<PlannedLayer> instruction(int imageLayer) {
        return Optional.ofNullable(byImageLayer.get(imageLayer));
    }

    /** True when at least the image's top layer was made by the Dockerfile's last one. */
    boolean matchedAny() {
        return !byImageLayer.isEmpty();
    }

    /** True for the layers that came with the base image. */
    boolean inBase(int imageLayer) {
        return imageLayer < lowestMatch && !byImageLayer.isEmpty();
    }

    static boolean same(PlannedLayer planned, String createdBy) {
        String history = normalize(createdBy);
        String instruction = normalize(planned.text());
        String withoutKeyword = normalize(planned.text().substring(
                planned.instruction().length()));
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

    /** The instruction keyword a created_by names, e.g. RUN, COPY, or LAYER when unclear. */
    static String keyword(String createdBy) {
        String text = normalize(createdBy);
        if (createdBy.contains("/bin/sh -c") && !createdBy.contains("#(nop)")) {
            return "RUN";
        }
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        return first.matches("[A-Z]+") ? first : "LAYER";
    }
}
