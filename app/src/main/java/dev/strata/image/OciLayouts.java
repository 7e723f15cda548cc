package dev.strata.image;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

import dev.strata.image.Choices.Candidate;
import dev.strata.image.Selection.LayerBlob;

/**
 * Picks the image in an OCI image layout: walks index.json and the indexes it nests
 * (OCI indexes and Docker manifest lists alike), keeps the image manifests, skips what it
 * does not know (artifacts, attestations, other media types: image-index.md says an
 * unknown media type MUST be ignored), then chooses by ref name and platform. Each nested
 * index is read once however often it is listed, and the walk is bounded.
 */
final class OciLayouts {
    /** The most descriptors walked, nested ones and those reached again included. */
    static final int MAX_DESCRIPTORS = 100_000;
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
    /** Layer media types of image-spec layer.md and of Docker and containerd. */
    private static final Set<String> LAYERS = Set.of(
            "application/vnd.oci.image.layer.v1.tar",
            "application/vnd.oci.image.layer.v1.tar+gzip",
            "application/vnd.oci.image.layer.v1.tar+zstd",
            "application/vnd.oci.image.layer.nondistributable.v1.tar",
            "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
            "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd",
            "application/vnd.docker.image.rootfs.diff.tar",
            "application/vnd.docker.image.rootfs.diff.tar.gzip",
            "application/vnd.docker.image.rootfs.diff.tar.zstd",
            "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip");

    /** An image manifest found in the index tree, with the names it was reached by. */
    private record Found(String digest, Object manifest, Object config, String platform,
            Set<String> names) {
    }

    private final Archive archive;
    private final ReadOptions options;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Found> found = new LinkedHashMap<>();
    /** What a skipped digest was, by digest. */
    private final Map<String, String> skippedAs = new HashMap<>();
    /** Names that lead to something skipped, and what that was. */
    private final Map<String, String> skipped = new LinkedHashMap<>();
    /** Each index read so far: the manifests it leads to, with the names given below it. */
    private final Map<String, Map<String, Set<String>>> reach = new HashMap<>();
    /** The indexes being read, innermost first. */
    private final Deque<String> path = new ArrayDeque<>();
    private int walked;

    private OciLayouts(Archive archive, ReadOptions options) {
        this.archive = archive;
        this.options = options;
    }

    static Selection select(Archive archive, ReadOptions options, ImageFormat format)
            throws IOException {
        OciLayouts layouts = new OciLayouts(archive, options);
        Map<String, Set<String>> top = layouts.walk(archive.json("index.json"), "index.json");
        top.forEach(layouts::name);
        Found chosen = layouts.choose();
        List<LayerBlob> layers = layouts.layers(chosen);
        String ref = Selection.reportedRef(List.copyOf(chosen.names()), chosen.digest(),
                options.ref());
        return new Selection(format, ref, chosen.config(), layers, layouts.warnings);
    }

    private Map<String, Set<String>> walk(Object index, String where) throws IOException {
        Map<String, Set<String>> leaves = new LinkedHashMap<>();
        List<?> manifests = Json.array(index, "manifests");
        for (int i = 0; i < manifests.size(); i++) {
            step(where);
            Descriptor descriptor = Descriptor.of(archive, manifests.get(i),
                    where + ": manifests[" + i + "]");
            String name = descriptor.annotation(REF_NAME);
            for (Map.Entry<String, Set<String>> leaf : visit(descriptor).entrySet()) {
                step(where);
                Set<String> names = new LinkedHashSet<>();
                if (!name.isEmpty()) {
                    names.add(name);
                }
                names.addAll(leaf.getValue());
                leaves.computeIfAbsent(leaf.getKey(), k -> new LinkedHashSet<>())
                        .addAll(names);
            }
        }
        return leaves;
    }

    /** Counts one more step of the walk; stops a walk too long, cancelled or interrupted. */
    private void step(String where) {
        if (++walked > MAX_DESCRIPTORS) {
            throw archive.problem(where + ": the indexes list more than " + MAX_DESCRIPTORS
                    + " descriptors, more than an image layout holds");
        }
        if (options.cancelled().getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("reading " + archive.name() + " was cancelled");
        }
    }

    private Map<String, Set<String>> visit(Descriptor descriptor) throws IOException {
        String mediaType = descriptor.mediaType();
        String digest = descriptor.digest();
        if ("attestation-manifest".equals(descriptor.annotation("vnd.docker.reference.type"))) {
            LOG.log(Level.DEBUG, "skipping attestation manifest {0}", digest);
            return skip(digest, "an attestation manifest");
        } else if (INDEXES.contains(mediaType)) {
            return nested(descriptor);
        } else if (!descriptor.artifactType().isEmpty()) {
            return skip(digest, "an artifact of type " + descriptor.artifactType());
        } else if (MANIFESTS.contains(mediaType)) {
            return manifest(descriptor);
        }
        LOG.log(Level.DEBUG, "skipping {0} of media type {1}", digest, mediaType);
        return skip(digest, "a descriptor of media type " + mediaType);
    }

    private Map<String, Set<String>> skip(String digest, String what) {
        skippedAs.putIfAbsent(digest, what);
        return Map.of(digest, Set.of());
    }

    private Map<String, Set<String>> nested(Descriptor descriptor) throws IOException {
        String digest = descriptor.digest();
        Map<String, Set<String>> known = reach.get(digest);
        if (known != null) {
            return known;
        }
        if (path.contains(digest)) {
            String from = path.peek();
            throw archive.problem(digest.equals(from) ? "index " + digest + " refers to itself"
                    : "index " + from + " leads back to index " + digest + ", which leads to"
                            + " it: the indexes form a cycle");
        }
        if (path.size() >= MAX_DEPTH) {
            throw archive.problem(digest + ": indexes nested deeper than " + MAX_DEPTH);
        }
        path.push(digest);
        Object index = Blobs.json(archive, "index " + digest, descriptor, warnings);
        Map<String, Set<String>> leaves = walk(index, "index " + digest);
        path.pop();
        reach.put(digest, leaves);
        return leaves;
    }

    private Map<String, Set<String>> manifest(Descriptor descriptor) throws IOException {
        String digest = descriptor.digest();
        if (found.containsKey(digest) || skippedAs.containsKey(digest)) {
            return Map.of(digest, Set.of());
        }
        String what = "manifest " + digest;
        Object manifest = Blobs.json(archive, what, descriptor, warnings);
        Descriptor config = Descriptor.of(archive, Json.object(manifest, "config"),
                what + ": config");
        String artifactType = Json.string(manifest, "artifactType").orElse("");
        if (!artifactType.isEmpty()) {
            return skip(digest, "an artifact of type " + artifactType);
        }
        if (!CONFIGS.contains(config.mediaType())) {
            LOG.log(Level.DEBUG, "skipping artifact {0} with config {1}", digest,
                    config.mediaType());
            return skip(digest, "an artifact (config " + config.mediaType() + ")");
        }
        Object configJson = Blobs.json(archive, what + ": config " + config.digest(), config,
                warnings);
        String platform = descriptor.platform().isEmpty() ? Platforms.of(configJson)
                : descriptor.platform();
        found.put(digest, new Found(digest, manifest, configJson, platform,
                new LinkedHashSet<>()));
        return Map.of(digest, Set.of());
    }

    /** Gives the names a manifest or a skipped descriptor was reached by. */
    private void name(String digest, Set<String> names) {
        Found image = found.get(digest);
        if (image != null) {
            image.names().addAll(names);
        } else {
            names.forEach(n -> skipped.putIfAbsent(n, skippedAs.get(digest)));
        }
    }

    private Found choose() {
        if (found.isEmpty()) {
            throw archive.problem("index.json: no image manifest in the layout");
        }
        List<Candidate<Found>> all = found.values().stream()
                .map(f -> new Candidate<>(f, List.copyOf(f.names()), f::digest, f::platform))
                .toList();
        Choices.Holder holder = new Choices.Holder(archive, "the layout",
                name -> Optional.ofNullable(skipped.get(name)));
        return Choices.choose(holder, all, options).item();
    }

    private List<LayerBlob> layers(Found chosen) {
        List<LayerBlob> layers = new ArrayList<>();
        List<?> descriptors = Json.array(chosen.manifest(), "layers");
        for (int i = 0; i < descriptors.size(); i++) {
            Descriptor layer = Descriptor.of(archive, descriptors.get(i), "manifest "
                    + chosen.digest() + ": layers[" + i + "]");
            LayerBlob blob = new LayerBlob(Selection.blobPath(archive, layer.digest()),
                    layer.digest(), layer.size(), "", "");
            if (!LAYERS.contains(layer.mediaType())) {
                warnings.add(LayerReads.label(i, blob) + ": " + (layer.mediaType().isEmpty()
                        ? "no media type" : "media type " + layer.mediaType() + " is not a"
                                + " layer type") + "; read as its first bytes say (tar, gzip"
                        + " or zstd)");
            }
            layers.add(blob);
        }
        return layers;
    }
}
