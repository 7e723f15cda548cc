package dev.strata.manifest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a Kubernetes manifest: YAML or JSON, one or many documents, {@code kind: List}
 * included. Workloads that run pods become {@link Workload}s, PersistentVolumeClaims
 * {@link ClaimSpec}s; PersistentVolumes, StorageClasses, ConfigMaps and Secrets their own
 * records; every other object is listed as {@link IgnoredObject}.
 *
 * <p>The manifest is checked as the API server would check it where that decides where
 * files go (volumes, mounts, replicas, quantities, apiVersions); anything wrong is an
 * {@link InputException} that names the file, line and column of the offending value.
 * What kubectl accepts but the user may not mean is a warning: a key written twice (the
 * last value wins), an unknown field, a volume naming an object the file lacks, an object
 * written twice (the later one wins, as {@code kubectl apply} leaves it).
 *
 * <p>YAML is composed safely, never constructed into objects, with limits on aliases,
 * nesting and size, so a hostile file stops early with a message.
 */
public final class ManifestLoader {
    /** More objects than this in one file means aliases repeat them, not a real manifest. */
    static final int MAX_OBJECTS = 10_000;
    /** A List inside a List is fine; deeper than this, a List probably contains itself. */
    static final int MAX_LIST_DEPTH = 10;

    private final Source source;
    private final List<Workload> workloads = new ArrayList<>();
    private final List<ClaimSpec> claims = new ArrayList<>();
    private final List<IgnoredObject> ignored = new ArrayList<>();
    private final List<PersistentVolumeSpec> volumes = new ArrayList<>();
    private final List<StorageClassSpec> classes = new ArrayList<>();
    private final List<ConfigMapSpec> configMaps = new ArrayList<>();
    private final List<SecretSpec> secrets = new ArrayList<>();
    /** Each named object kept so far, with the list that holds its record. */
    private final Map<ObjectId, Kept> kept = new HashMap<>();
    private int objects;

    private ManifestLoader(Source source) {
        this.source = source;
    }

    /** Reads the file as UTF-8; positions name the file as given. */
    public static Manifest load(Path file) {
        String name = file.toString();
        try {
            YamlDocuments.checkSize(Files.size(file), name);
            return load(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (CharacterCodingException e) {
            throw new InputException(SourcePosition.startOf(name), "is not UTF-8 text", e);
        } catch (NoSuchFileException e) {
            throw new InputException(SourcePosition.startOf(name), "no such file", e);
        } catch (IOException e) {
            throw new InputException(SourcePosition.startOf(name), "cannot read: " + e, e);
        }
    }

    /** Reads manifest text; {@code file} names it in positions and messages. */
    public static Manifest load(String text, String file) {
        Source source = new Source(file, text);
        ManifestLoader loader = new ManifestLoader(source);
        for (Node document : YamlDocuments.compose(text, source)) {
            DuplicateKeys.warn(document, source);
            loader.add(Value.root(document, source), 0);
        }
        return loader.manifest();
    }

    private Manifest manifest() {
        References.warn(build(), source);
        return build();
    }

    private Manifest build() {
        return new Manifest(source.file(), workloads, claims, ignored, source.warnings(),
                volumes, classes, configMaps, secrets);
    }

    private void add(Value object, int listDepth) {
        if (object.isNull()) {
            return;
        }
        count(object);
        String kind = ApiVersions.kind(object);
        if (ApiVersions.modelled(kind)) {
            KnownFields.checkObject(object, kind);
        }
        switch (kind) {
            case "List" -> addItems(object, listDepth);
            case "PersistentVolumeClaim" -> keep(object, kind, claims, Claims.claim(object));
            case "PersistentVolume" -> keep(object, kind, volumes,
                    StorageObjects.persistentVolume(object, name(object)));
            case "StorageClass" -> keep(object, kind, classes,
                    StorageObjects.storageClass(object, name(object)));
            case "ConfigMap" -> keep(object, kind, configMaps,
                    ConfigObjects.configMap(object, name(object)));
            case "Secret" -> keep(object, kind, secrets,
                    ConfigObjects.secret(object, name(object)));
            default -> addObject(object, kind);
        }
    }

    private void addObject(Value object, String kind) {
        var workloadKind = WorkloadKind.of(kind);
        if (workloadKind.isPresent()) {
            keep(object, kind, workloads, workloadKind.get().read(object, name(object)));
        } else {
            String name = object.at("metadata.name").map(Value::text).orElse("");
            keep(object, kind, ignored, new IgnoredObject(kind, name, object.position()));
        }
    }

    /**
     * Adds an object's record to its list. An object of the same kind, namespace and name
     * as an earlier one replaces it, with a warning: {@code kubectl apply -f} applies both
     * in order, so the cluster ends up with the later one, while {@code kubectl create -f}
     * would fail on it with AlreadyExists
     * (kubernetes.io/docs/concepts/overview/working-with-objects/object-management).
     */
    private <T> void keep(Value object, String kind, List<T> records, T record) {
        records.add(record);
        ObjectId.of(object, kind).ifPresent(id -> {
            Kept earlier = kept.put(id, new Kept(object.position(), records, record));
            if (earlier != null) {
                earlier.records().remove(earlier.record());
                source.warn(object.position(), duplicate(id, earlier.position()));
            }
        });
    }

    private static String duplicate(ObjectId id, SourcePosition earlier) {
        String namespace = id.namespace().isEmpty() ? "" : " in namespace " + id.namespace();
        return id.kind() + " \"" + id.name() + "\"" + namespace + " is written twice (first"
                + " at line " + earlier.line() + "); kubectl apply applies both in order, so"
                + " this later one is used (kubectl create would fail on it: AlreadyExists)";
    }

    private void addItems(Value list, int listDepth) {
        if (listDepth >= MAX_LIST_DEPTH) {
            throw list.error("Lists nested more than " + MAX_LIST_DEPTH
                    + " deep; does a List contain itself through an alias?");
        }
        for (Value item : list.field("items").map(Value::items).orElse(List.of())) {
            add(item, listDepth + 1);
        }
    }

    private void count(Value object) {
        if (++objects > MAX_OBJECTS) {
            throw object.error("more than " + MAX_OBJECTS
                    + " objects in one file; do aliases repeat them?");
        }
    }

    /** Where a kept object starts, and the record it became in which list. */
    private record Kept(SourcePosition position, List<?> records, Object record) {
    }

    /** metadata.name, or metadata.generateName for objects named on creation. */
    private static String name(Value object) {
        Value metadata = object.required("metadata");
        return metadata.field("name").or(() -> metadata.field("generateName"))
                .orElseThrow(() -> metadata.error("name is required"))
                .nonEmptyText();
    }
}
