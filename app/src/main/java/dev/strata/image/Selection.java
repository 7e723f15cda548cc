package dev.strata.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image chosen in an archive, before its layers are read: where each layer blob is,
 * what digests it should have, and the config it comes with.
 */
record Selection(ImageFormat format, String ref, Object config, List<LayerBlob> layers,
        List<String> warnings) {
    /** A digest or a prefix of one, as --ref takes it. */
    private static final Pattern DIGEST_REF =
            Pattern.compile("(?:(sha256|sha512):)?([0-9a-f]{12,128})");

    Selection {
        layers = List.copyOf(layers);
        warnings = List.copyOf(warnings);
    }

    /**
     * One layer blob to read.
     *
     * @param member its path in the archive
     * @param digest the digest the blob must have, or empty when nothing says
     * @param size the size the blob must have, or {@link Descriptor#UNKNOWN_SIZE}
     * @param diffId the digest its tar must have, or empty when nothing says
     * @param createdBy the history command given apart from the config (oldest archives)
     */
    record LayerBlob(String member, String digest, long size, String diffId,
            String createdBy) {
        LayerBlob(String member, String digest, String diffId, String createdBy) {
            this(member, digest, Descriptor.UNKNOWN_SIZE, diffId, createdBy);
        }
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

    /**
     * The archive path of a blob, checking the digest's shape so it cannot name a path, and
     * the encoded part of sha256 and sha512 as image-spec descriptor.md defines it.
     */
    static String blobPath(Archive archive, String digest) {
        if (!digest.matches("[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+")) {
            throw archive.problem("malformed digest \"" + digest + "\"");
        }
        int colon = digest.indexOf(':');
        String algorithm = digest.substring(0, colon);
        String encoded = digest.substring(colon + 1);
        int length = algorithm.equals("sha256") ? 64 : algorithm.equals("sha512") ? 128 : 0;
        if (length > 0 && !encoded.matches("[a-f0-9]{" + length + "}")) {
            throw archive.problem("malformed digest \"" + digest + "\": " + algorithm
                    + " takes " + length + " lower-case hex digits");
        }
        return "blobs/" + algorithm + "/" + encoded;
    }

    /**
     * The candidates a ref picks: an exact name, else a tag or repository that matches, else
     * a digest ({@code sha256:HEX}, or a prefix of at least 12 hex digits, as Docker takes
     * short IDs), or {@code name@digest}.
     */
    static <T> Optional<List<T>> byRef(List<T> candidates, Optional<String> ref,
            Function<T, List<String>> names) {
        return byRef(candidates, ref, names, c -> "");
    }

    static <T> Optional<List<T>> byRef(List<T> candidates, Optional<String> ref,
            Function<T, List<String>> names, Function<T, String> digest) {
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        String wanted = ref.get();
        List<T> exact = candidates.stream().filter(c -> names.apply(c).contains(wanted))
                .toList();
        if (!exact.isEmpty()) {
            return Optional.of(exact);
        }
        List<T> like = candidates.stream().filter(c -> names.apply(c).stream()
                .anyMatch(n -> refMatches(n, wanted))).toList();
        if (!like.isEmpty()) {
            return Optional.of(like);
        }
        return Optional.of(candidates.stream()
                .filter(c -> digestMatches(names.apply(c), digest.apply(c), wanted)).toList());
    }

    /** The name to report for a candidate a ref chose: the one the ref names. */
    static String reportedRef(List<String> names, String digest, Optional<String> ref) {
        String wanted = ref.orElse("");
        int at = wanted.indexOf('@');
        String named = at < 0 ? wanted : wanted.substring(0, at);
        return names.stream().filter(n -> n.equals(wanted)).findFirst()
                .or(() -> names.stream().filter(n -> !named.isEmpty() && refMatches(n, named))
                        .findFirst())
                .or(() -> names.stream().findFirst())
                .orElse(ref.isPresent() ? digest : "");
    }

    private static boolean digestMatches(List<String> names, String digest, String wanted) {
        int at = wanted.indexOf('@');
        String named = at < 0 ? "" : wanted.substring(0, at);
        Matcher m = DIGEST_REF.matcher(at < 0 ? wanted : wanted.substring(at + 1));
        if (digest.isEmpty() || !m.matches()) {
            return false;
        }
        String algorithm = m.group(1) == null ? "sha256" : m.group(1);
        boolean sameContent = digest.startsWith(algorithm + ":" + m.group(2));
        return sameContent && (named.isEmpty() || names.isEmpty() || names.stream()
                .anyMatch(n -> repository(normalized(n)).equals(repository(normalized(named)))));
    }

    private static String repository(String normalized) {
        int at = normalized.indexOf('@');
        String name = at < 0 ? normalized : normalized.substring(0, at);
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
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
