package dev.strata.image;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.strata.image.Selection.LayerBlob;

/** Picks the image in a {@code docker save} archive: with manifest.json, or the oldest kind. */
final class DockerArchives {
    private static final int MAX_PARENTS = 1000;

    private DockerArchives() {
    }

    /** manifest.json: one item per image, each with its config, tags and layer paths. */
    static Selection withManifest(Archive archive, ReadOptions options, ImageFormat format)
            throws IOException {
        Object manifest = archive.json("manifest.json");
        if (!(manifest instanceof List<?> items) || items.isEmpty()) {
            throw archive.problem("manifest.json: expected a list of images");
        }
        Object item = choose(archive, items, options);
        String configPath = Json.string(item, "Config").orElseThrow(
                () -> archive.problem("manifest.json: an image without \"Config\""));
        Object config = archive.json(configPath);
        List<LayerBlob> layers = new ArrayList<>();
        for (Object layer : Json.array(item, "Layers")) {
            String member = layer instanceof String s ? s : "";
            layers.add(new LayerBlob(member, Selection.digestOfBlobPath(member), "", ""));
        }
        return new Selection(format, tags(item).stream().findFirst().orElse(""), config,
                layers);
    }

    private static Object choose(Archive archive, List<?> items, ReadOptions options) {
        List<?> picked = Selection.<Object>byRef(List.copyOf(items), options.ref(),
                DockerArchives::tags).orElse(List.copyOf(items));
        if (picked.size() == 1) {
            return picked.get(0);
        }
        String names = items.stream().map(i -> String.join(" ", tags(i)))
                .collect(Collectors.joining(", "));
        throw archive.problem(picked.isEmpty()
                ? "no image tagged " + options.ref().orElse("") + "; the tags are: " + names
                : "the archive holds " + picked.size() + " images (" + names
                        + "); choose one with --ref");
    }

    private static List<String> tags(Object item) {
        return Json.array(item, "RepoTags").stream().filter(String.class::isInstance)
                .map(String.class::cast).toList();
    }

    /** No manifest.json: the tagged layer's json names its parent, down to the first. */
    static Selection withoutManifest(Archive archive, ReadOptions options) throws IOException {
        Map<String, String> tops = tops(archive);
        if (tops.isEmpty()) {
            throw archive.problem("not an image archive: no manifest.json, index.json or"
                    + " layer json");
        }
        List<String> refs = List.copyOf(tops.keySet());
        List<String> picked = Selection.byRef(refs, options.ref(), List::of).orElse(refs);
        if (picked.size() != 1) {
            throw archive.problem(picked.isEmpty() ? "no image tagged " + options.ref().get()
                    + "; the tags are: " + String.join(", ", refs)
                    : "the archive holds " + picked.size() + " images (" + String.join(", ", refs)
                            + "); choose one with --ref");
        }
        String ref = picked.get(0);
        return chain(archive, ref.startsWith("@") ? "" : ref, tops.get(ref));
    }

    /** Tag to top layer id, from the repositories file or, without it, the untagged tops. */
    private static Map<String, String> tops(Archive archive) throws IOException {
        Map<String, String> tops = new LinkedHashMap<>();
        if (archive.has("repositories")) {
            Object repositories = archive.json("repositories");
            if (repositories instanceof Map<?, ?> map) {
                map.forEach((repo, tags) -> {
                    if (tags instanceof Map<?, ?> byTag) {
                        byTag.forEach((tag, id) -> tops.put(repo + ":" + tag, String.valueOf(id)));
                    }
                });
            }
        }
        if (tops.isEmpty()) {
            untaggedTops(archive).forEach(id -> tops.put("@" + id, id));
        }
        return tops;
    }

    private static List<String> untaggedTops(Archive archive) throws IOException {
        Set<String> ids = new HashSet<>();
        Set<String> parents = new HashSet<>();
        for (String member : archive.members()) {
            String[] parts = member.split("/");
            if (parts.length == 2 && parts[1].equals("json")) {
                ids.add(parts[0]);
                Json.string(archive.json(member), "parent").ifPresent(parents::add);
            }
        }
        ids.removeAll(parents);
        return ids.stream().sorted().toList();
    }

    private static Selection chain(Archive archive, String ref, String top) throws IOException {
        List<LayerBlob> layers = new ArrayList<>();
        Object config = null;
        Set<String> seen = new HashSet<>();
        for (Optional<String> id = Optional.of(top); id.isPresent(); ) {
            if (!seen.add(id.get()) || seen.size() > MAX_PARENTS) {
                throw archive.problem(id.get() + "/json: the parent chain loops");
            }
            Object json = archive.json(id.get() + "/json");
            config = config == null ? json : config;
            layers.add(new LayerBlob(id.get() + "/layer.tar", "", "", command(json)));
            id = Json.string(json, "parent").filter(p -> !p.isEmpty());
        }
        Collections.reverse(layers);
        return new Selection(ImageFormat.DOCKER_ARCHIVE_V1, ref, config, layers);
    }

    private static String command(Object layerJson) {
        List<?> cmd = Json.array(Json.object(layerJson, "container_config"), "Cmd");
        return cmd.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
