package dev.strata.image;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.strata.image.Selection.LayerBlob;

/**
 * Picks the image in an OCI image layout: walks index.json and the indexes it nests
 * (OCI indexes and Docker manifest lists alike), keeps the image manifests, skips what it
 * does not know (artifacts, attestations, other media types), then chooses by ref name and
 * platform.
 */
final class OciLayouts {
    private static final Logger LOG = System.getLogger(OciLayouts.class.getName());
    private static final int MAX_DEPTH = 16;
    private static final String REF_NAME = "org.opencontainers.image.ref.name";
    private static final Set<String> INDEXES = Set.of(
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json");
    private static final Set<String> MANIFESTS = Set.of(
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.v2+json");
    private static final Set<String> CONFIGS = Set.of(
            "application/vnd.oci.image.config.v1+json",
            "application/vnd.docker.container.image.v1+json");

    /** An image manifest found in the index tree, with the names it was reached by. */
    private record Candidate(String digest, List<String> names, Object manifest,
            Object config, String platform) {
        /** Its names (several when refs lead to the same manifest) and its platform. */
        String describe() {
            String name = names.isEmpty() ? digest.substring(0, Math.min(19, digest.length()))
                    : String.join(" = ", names);
            return name + (platform.isEmpty() ? "" : " (" + platform + ")");
        }
    }

    private final Archive archive;
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    /** Names that lead to something skipped, and what that was. */
    private final Map<String, String> skipped = new LinkedHashMap<>();

    private OciLayouts(Archive archive) {
        this.archive = archive;
    }

    static Selection select(Archive archive, ReadOptions options, ImageFormat format)
            throws IOException {
        OciLayouts layouts = new OciLayouts(archive);
        layouts.walk(archive.json("index.json"), "index.json", List.of(), List.of());
        Candidate chosen = layouts.choose(options);
        List<LayerBlob> layers = new ArrayList<>();
        for (Object layer : Json.array(chosen.manifest(), "layers")) {
            String digest = Json.string(layer, "digest").orElse("");
            layers.add(new LayerBlob(Selection.blobPath(archive, digest), digest, "", ""));
        }
        String ref = options.ref().filter(chosen.names()::contains)
                .orElse(chosen.names().isEmpty() ? "" : chosen.names().get(0));
        return new Selection(format, ref, chosen.config(), layers);
    }

    private void walk(Object index, String where, List<String> names, List<String> path)
            throws IOException {
        if (path.size() > MAX_DEPTH) {
            throw archive.problem(where + ": indexes nested deeper than " + MAX_DEPTH);
        }
        for (Object descriptor : Json.array(index, "manifests")) {
            visit(descriptor, names, path);
        }
    }

    private void visit(Object descriptor, List<String> names, List<String> path)
            throws IOException {
        String mediaType = Json.string(descriptor, "mediaType").orElse("");
        String digest = Json.string(descriptor, "digest").orElse("");
        Map<String, Object> annotations = Json.object(descriptor, "annotations");
        List<String> reached = withName(names, annotations.get(REF_NAME));
        if ("attestation-manifest".equals(annotations.get("vnd.docker.reference.type"))) {
            LOG.log(Level.DEBUG, "skipping attestation manifest {0}", digest);
        } else if (INDEXES.contains(mediaType)) {
            nested(digest, reached, path);
        } else if (MANIFESTS.contains(mediaType)) {
            manifest(digest, reached, Platforms.of(Json.object(descriptor, "platform")));
        } else {
            LOG.log(Level.DEBUG, "skipping {0} of media type {1}", digest, mediaType);
            reached.forEach(name -> skipped.putIfAbsent(name, "a descriptor of media type "
                    + mediaType));
        }
    }

    private void nested(String digest, List<String> names, List<String> path)
            throws IOException {
        if (path.contains(digest)) {
            throw archive.problem("index " + digest + " refers to itself");
        }
        List<String> deeper = new ArrayList<>(path);
        deeper.add(digest);
        walk(archive.json(Selection.blobPath(archive, digest)), digest, names, deeper);
    }

    private void manifest(String digest, List<String> names, String described)
            throws IOException {
        Candidate known = candidates.get(digest);
        if (known != null) {
            known.names().addAll(names.stream().filter(n -> !known.names().contains(n)).toList());
            return;
        }
        Object manifest = archive.json(Selection.blobPath(archive, digest));
        Map<String, Object> configDescriptor = Json.object(manifest, "config");
        String configType = Json.string(configDescriptor, "mediaType").orElse("");
        if (!CONFIGS.contains(configType)) {
            LOG.log(Level.DEBUG, "skipping artifact {0} with config {1}", digest, configType);
            names.forEach(name -> skipped.putIfAbsent(name, "an artifact (config "
                    + configType + ")"));
            return;
        }
        String configDigest = Json.string(configDescriptor, "digest").orElse("");
        Object config = archive.json(Selection.blobPath(archive, configDigest));
        String platform = described.isEmpty() ? Platforms.of(config) : described;
        candidates.put(digest, new Candidate(digest, new ArrayList<>(names), manifest,
                config, platform));
    }

    private static List<String> withName(List<String> names, Object name) {
        List<String> more = new ArrayList<>(names);
        if (name instanceof String s && !s.isEmpty() && !more.contains(s)) {
            more.add(s);
        }
        return more;
    }

    private Candidate choose(ReadOptions options) {
        List<Candidate> all = List.copyOf(candidates.values());
        if (all.isEmpty()) {
            throw archive.problem("index.json: no image manifest in the layout");
        }
        List<Candidate> named = Selection.byRef(all, options.ref(), Candidate::names)
                .orElse(all);
        if (named.isEmpty()) {
            String ref = options.ref().get();
            String what = skipped.containsKey(ref) ? ref + " names " + skipped.get(ref)
                    + ", not an image" : "no image named " + ref;
            throw archive.problem(what + "; there are: " + describe(all));
        }
        String wanted = options.platform().orElse(Platforms.DEFAULT);
        List<Candidate> onPlatform = named.stream()
                .filter(c -> Platforms.matches(c.platform(), wanted)).toList();
        if (onPlatform.size() == 1 || named.size() == 1 && options.platform().isEmpty()) {
            return onPlatform.size() == 1 ? onPlatform.get(0) : named.get(0);
        }
        throw archive.problem(onPlatform.isEmpty() && options.platform().isPresent()
                ? "no image for platform " + wanted + "; there are: " + describe(named)
                : "the layout holds " + named.size() + " images (" + describe(named)
                        + "); choose one with --ref or --platform");
    }

    private static String describe(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::describe).collect(Collectors.joining(", "));
    }
}
