package dev.strata.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The image chosen in an archive, before its layers are read: where each layer blob is,
 * what digests it should have, and the config it comes with.
 */
record Selection(ImageFormat format, String ref, Object config, List<LayerBlob> layers) {
    /**
     * One layer blob to read.
     *
     * @param member its path in the archive
     * @param digest the digest the blob must have, or empty when nothing says
     * @param diffId the digest its tar must have, or empty when nothing says
     * @param createdBy the history command given apart from the config (oldest archives)
     */
    record LayerBlob(String member, String digest, String diffId, String createdBy) {
    }

    /** {@code os/architecture[/variant]} from the config, or empty. */
    String platform() {
        return Platforms.of(config);
    }

    /** The config's history, empty layers included. */
    List<HistoryEntry> history() {
        List<HistoryEntry> history = new ArrayList<>();
        for (Object item : Json.array(config, "history")) {
            history.add(new HistoryEntry(Json.string(item, "created_by").orElse(""),
                    Json.bool(item, "empty_layer")));
        }
        return history;
    }

    /** The config's diff ids, bottom first. */
    List<String> diffIds() {
        Map<String, Object> rootfs = Json.object(config, "rootfs");
        return Json.array(rootfs, "diff_ids").stream()
                .map(d -> d instanceof String s ? s : "").toList();
    }

    /** The command that made each layer: history entries without empty_layer, in order. */
    List<String> createdBy() {
        List<String> commands = new ArrayList<>();
        history().stream().filter(h -> !h.emptyLayer())
                .forEach(h -> commands.add(h.createdBy()));
        for (int i = 0; i < layers.size(); i++) {
            String own = layers.get(i).createdBy();
            if (i >= commands.size()) {
                commands.add(own);
            } else if (!own.isEmpty() && commands.get(i).isEmpty()) {
                commands.set(i, own);
            }
        }
        return commands.subList(0, layers.size());
    }

    /** The digest a blob stored under {@code blobs/ALG/HEX} must have. */
    static String digestOfBlobPath(String member) {
        String[] parts = member.split("/");
        return parts.length == 3 && parts[0].equals("blobs")
                ? parts[1] + ":" + parts[2] : "";
    }

    /** The archive path of a blob, checking the digest's shape so it cannot name a path. */
    static String blobPath(Archive archive, String digest) {
        if (!digest.matches("[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+")) {
            throw archive.problem("malformed digest \"" + digest + "\"");
        }
        int colon = digest.indexOf(':');
        return "blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1);
    }

    /** The one candidate a ref picks: an exact name, else a tag or repository that matches. */
    static <T> Optional<List<T>> byRef(List<T> candidates, Optional<String> ref,
            java.util.function.Function<T, List<String>> names) {
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        String wanted = ref.get();
        List<T> exact = candidates.stream().filter(c -> names.apply(c).contains(wanted))
                .toList();
        if (!exact.isEmpty()) {
            return Optional.of(exact);
        }
        return Optional.of(candidates.stream().filter(c -> names.apply(c).stream()
                .anyMatch(n -> refMatches(n, wanted))).toList());
    }

    private static boolean refMatches(String name, String wanted) {
        int colon = name.lastIndexOf(':');
        boolean tagged = colon > name.lastIndexOf('/');
        String repository = tagged ? name.substring(0, colon) : name;
        String tag = tagged ? name.substring(colon + 1) : "";
        return wanted.equals(tag) || wanted.equals(repository)
                || normalized(wanted).equals(normalized(name));
    }

    /**
     * A reference in the full form Docker compares them in: {@code ubuntu} is
     * {@code docker.io/library/ubuntu:latest} and {@code me/app:v1} is
     * {@code docker.io/me/app:v1}, as distribution/reference's ParseNormalizedNamed and
     * TagNameOnly make them; a first component with a dot or a port, or {@code localhost},
     * is a registry.
     */
    static String normalized(String reference) {
        int at = reference.indexOf('@');
        String digest = at < 0 ? "" : reference.substring(at);
        String named = at < 0 ? reference : reference.substring(0, at);
        int slash = named.indexOf('/');
        String first = slash < 0 ? "" : named.substring(0, slash);
        boolean registry = first.contains(".") || first.contains(":")
                || first.equals("localhost");
        String domain = registry ? first : "docker.io";
        String path = registry ? named.substring(slash + 1) : named;
        if (domain.equals("index.docker.io")) {
            domain = "docker.io";
        }
        int colon = path.lastIndexOf(':');
        String tag = colon > path.lastIndexOf('/') ? path.substring(colon) : "";
        String repository = path.substring(0, path.length() - tag.length());
        if (domain.equals("docker.io") && !repository.contains("/")) {
            repository = "library/" + repository;
        }
        if (tag.isEmpty() && digest.isEmpty()) {
            tag = ":latest";
        }
        return domain + "/" + repository + tag + digest;
    }
}
