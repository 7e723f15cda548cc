package dev.strata.manifest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the volumes of a pod spec. Each volume has a name and exactly one source, written
 * as a key named for its type; the types Strata models become their own records, the
 * other Kubernetes types become {@link VolumeSource.Other}. To model a new type, add its
 * reader to {@link #MODELLED}.
 */
final class Volumes {
    /** Every volume type of the Kubernetes core/v1 API, modelled or not. */
    private static final Set<String> TYPES = Set.of(
            "awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "configMap",
            "csi", "downwardAPI", "emptyDir", "ephemeral", "fc", "flexVolume", "flocker",
            "gcePersistentDisk", "gitRepo", "glusterfs", "hostPath", "image", "iscsi", "nfs",
            "persistentVolumeClaim", "photonPersistentDisk", "portworxVolume", "projected",
            "quobyte", "rbd", "scaleIO", "secret", "storageos", "vsphereVolume");
    /** The keys of a volume: its name and one type. */
    private static final Set<String> FIELDS = fields();

    private static final Map<String, Function<Value, VolumeSource>> MODELLED = Map.ofEntries(
            Map.entry("emptyDir", Volumes::emptyDir),
            Map.entry("persistentVolumeClaim", Volumes::claim),
            Map.entry("configMap", Volumes::configMap),
            Map.entry("secret", Volumes::secret),
            Map.entry("hostPath", Volumes::hostPath),
            Map.entry("projected", Volumes::projected),
            Map.entry("downwardAPI", Volumes::downwardApi),
            Map.entry("ephemeral", Volumes::ephemeral),
            Map.entry("image", Volumes::image),
            Map.entry("nfs", Volumes::nfs),
            Map.entry("csi", Volumes::csi));
    private static final Set<String> PULL_POLICIES = Set.of("Always", "Never", "IfNotPresent");

    private Volumes() {
    }

    static VolumeSpec read(Value volume) {
        String name = volume.required("name").nonEmptyText();
        List<Value> sources = sources(volume);
        if (sources.isEmpty()) {
            throw volume.error(noSource(volume, name));
        }
        if (sources.size() > 1) {
            throw sources.get(1).keyError("volume \"" + name + "\" already has a source ("
                    + typeOf(sources.get(0)) + "); a volume takes exactly one");
        }
        return new VolumeSpec(name, source(sources.get(0)), volume.position());
    }

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(TYPES);
        fields.add("name");
        return Set.copyOf(fields);
    }

    private static List<Value> sources(Value volume) {
        List<Value> sources = new ArrayList<>();
        volume.fields().forEach((key, value) -> {
            if (!FIELDS.contains(key)) {
                value.warnAtKey("unknown volume field: kubectl refuses it"
                        + " (--validate=strict, its default), other clients drop it"
                        + KnownFields.suggestion(key, FIELDS));
            } else if (TYPES.contains(key) && !value.isNull()) {
                sources.add(value);
            }
        });
        return sources;
    }

    private static String noSource(Value volume, String name) {
        String problem = "volume \"" + name + "\" has no source";
        for (var field : volume.fields().entrySet()) {
            if (TYPES.contains(field.getKey())) {
                return problem + ": " + field.getKey() + " is null; write "
                        + field.getKey() + ": {} for an empty one";
            }
        }
        return problem + "; give it one, e.g. emptyDir: {}";
    }

    private static VolumeSource source(Value source) {
        String type = typeOf(source);
        if (KnownFields.VOLUME_SOURCE.containsKey(type)) {
            KnownFields.check(source, KnownFields.VOLUME_SOURCE.get(type));
        }
        return MODELLED.getOrDefault(type, v -> new VolumeSource.Other(type)).apply(source);
    }

    private static String typeOf(Value source) {
        String path = source.path();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static VolumeSource emptyDir(Value source) {
        String medium = source.field("medium").map(Value::text).orElse("");
        Optional<Quantity> size = source.field("sizeLimit").map(Value::nonNegativeQuantity);
        return new VolumeSource.EmptyDir(medium, size.map(Quantity::text).orElse(""),
                size.map(q -> OptionalLong.of(q.bytes())).orElse(OptionalLong.empty()));
    }

    private static VolumeSource claim(Value source) {
        String claimName = source.required("claimName").nonEmptyText();
        return new VolumeSource.Claim(claimName, readOnly(source));
    }

    private static VolumeSource configMap(Value source) {
        return new VolumeSource.ConfigMap(source.required("name").nonEmptyText(),
                Items.keys(source), optional(source));
    }

    private static VolumeSource secret(Value source) {
        return new VolumeSource.Secret(source.required("secretName").nonEmptyText(),
                Items.keys(source), optional(source));
    }

    private static boolean optional(Value source) {
        return source.field("optional").map(Value::bool).orElse(false);
    }

    private static VolumeSource projected(Value source) {
        List<VolumeSource.Projection> projections = new ArrayList<>();
        for (Value item : source.field("sources").map(Value::items).orElse(List.of())) {
            projections.add(Items.projection(item));
        }
        return new VolumeSource.Projected(projections);
    }

    private static VolumeSource downwardApi(Value source) {
        return new VolumeSource.DownwardApi(Items.fields(source));
    }

    private static VolumeSource ephemeral(Value source) {
        Value template = source.required("volumeClaimTemplate");
        Claims.checkTemplate(template, KnownFields.CLAIM_TEMPLATE);
        Value spec = template.required("spec");
        ClaimSpec claim = Claims.read("", spec, source);
        Claims.requireStorage(spec);
        String storageClass = spec.field("storageClassName").map(Value::text).orElse("");
        return new VolumeSource.Ephemeral(claim.accessModes(), claim.storage(),
                claim.storageBytes(), storageClass);
    }

    private static VolumeSource image(Value source) {
        String reference = source.required("reference").nonEmptyText();
        String policy = source.field("pullPolicy").map(Value::text).orElse("");
        if (!policy.isEmpty() && !PULL_POLICIES.contains(policy)) {
            throw source.required("pullPolicy").error("must be Always, IfNotPresent or"
                    + " Never, found \"" + policy + "\"");
        }
        return new VolumeSource.Image(reference, policy);
    }

    private static VolumeSource nfs(Value source) {
        return new VolumeSource.Nfs(source.required("server").nonEmptyText(),
                source.required("path").nonEmptyText(), readOnly(source));
    }

    private static VolumeSource csi(Value source) {
        return new VolumeSource.Csi(source.required("driver").nonEmptyText(), readOnly(source));
    }

    private static boolean readOnly(Value source) {
        return source.field("readOnly").map(Value::bool).orElse(false);
    }

    private static VolumeSource hostPath(Value source) {
        String path = source.required("path").nonEmptyText();
        String type = source.field("type").map(Value::text).orElse("");
        return new VolumeSource.HostPath(path, type);
    }
}
