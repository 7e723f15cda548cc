package dev.strata.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.strata.image.Choices.Candidate;
import dev.strata.image.Selection.LayerBlob;

/** Picks the image in a {@code docker save} archive: with manifest.json, or the oldest kind. */
final class DockerArchives {
    private static final int MAX_PARENTS = 1000;

    private final Archive archive;
    private final List<String> warnings = new ArrayList<>();
    /** Each config read, by path, with its digest (Docker's image ID). */
    private final Map<String, Config> configs = new HashMap<>();

    private record Config(Object json, String digest) {
    }

    private DockerArchives(Archive archive) {
        this.archive = archive;
    }

    /** manifest.json: one item per image, each with its config, tags and layer paths. */
    static Selection withManifest(Archive archive, ReadOptions options, ImageFormat format)
            throws IOException {
        Object manifest = archive.json("manifest.json");
        if (!(manifest instanceof List<?> items)) {
            throw archive.problem("manifest.json: expected a list of images, found "
                    + Json.show(manifest));
        }
        if (items.isEmpty()) {
            throw archive.problem("manifest.json: lists no image");
        }
        DockerArchives docker = new DockerArchives(archive);
        List<Candidate<Integer>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = docker.item(items, i);
            all.add(new Candidate<>(i, tags(item), () -> docker.config(item).digest(),
                    () -> Platforms.of(docker.config(item).json())));
        }
        Candidate<Integer> chosen = unchecked(() -> Choices.choose(
                new Choices.Holder(archive, "the archive", name -> Optional.empty()), all,
                options));
        Object item = items.get(chosen.item());
        Config config = unchecked(() -> docker.config(item));
        List<LayerBlob> layers = new ArrayList<>();
        List<?> paths = Json.array(item, "Layers");
        for (int j = 0; j < paths.size(); j++) {
            if (!(paths.get(j) instanceof String member)) {
                throw archive.problem("manifest.json: image " + chosen.item() + ": layer " + j
                        + " is " + Json.show(paths.get(j)) + "; a layer path must be a string");
            }
            layers.add(new LayerBlob(member, Selection.digestOfBlobPath(member), "", ""));
        }
        String ref = Selection.reportedRef(chosen.names(), config.digest(), options.ref());
        return new Selection(format, ref, config.json(), layers, docker.warnings);
    }

    private Object item(List<?> items, int i) {
        Object item = items.get(i);
        if (!(item instanceof Map<?, ?>)) {
            throw archive.problem("manifest.json: image " + i + " is " + Json.show(item)
                    + ", not an object");
        }
        return item;
    }

    /**
     * The config an item names, read once. Legacy manifests name files, not digests, but a
     * file named {@code HEX.json} or {@code blobs/sha256/HEX} is named by its digest, so
     * its content is checked against it.
     */
    private Config config(Object item) {
        String path = Json.string(item, "Config").orElseThrow(
                () -> archive.problem("manifest.json: an image without \"Config\""));
        return configs.computeIfAbsent(path, p -> {
            try {
                byte[] bytes = archive.bytes(p);
                Blobs.verify(archive, p, bytes, namedDigest(p), warnings);
                return new Config(archive.parse(p, bytes), Digests.of("sha256:", bytes)
                        .orElseThrow());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String namedDigest(String path) {
        String blob = Selection.digestOfBlobPath(path);
        if (!blob.isEmpty()) {
            return blob;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.matches("[a-f0-9]{64}\\.json") ? "sha256:" + name.substring(0, 64) : "";
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
        List<Candidate<String>> all = new ArrayList<>();
        tops.forEach((ref, id) -> all.add(new Candidate<>(ref, List.of(ref), () -> "",
                () -> platformOf(archive, id))));
        Candidate<String> chosen = unchecked(() -> Choices.choose(
                new Choices.Holder(archive, "the archive", name -> Optional.empty()), all,
                options));
        String ref = chosen.item();
        return chain(archive, ref.startsWith("@") ? "" : ref, tops.get(ref));
    }

    private static String platformOf(Archive archive, String id) {
        try {
            return Platforms.of(archive.json(id + "/json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T unchecked(Supplier<T> work) throws IOException {
        try {
            return work.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
        return new Selection(ImageFormat.DOCKER_ARCHIVE_V1, ref, config, layers, List.of());
    }

    private static String command(Object layerJson) {
        List<?> cmd = Json.array(Json.object(layerJson, "container_config"), "Cmd");
        return cmd.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
