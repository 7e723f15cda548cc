package dev.strata.manifest;

import java.util.ArrayList;
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

    private static final Map<String, Function<Value, VolumeSource>> MODELLED = Map.of(
            "emptyDir", Volumes::emptyDir,
            "persistentVolumeClaim", Volumes::claim,
            "configMap", Volumes::configMap,
            "secret", Volumes::secret,
            "hostPath", Volumes::hostPath);

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

    private static List<Value> sources(Value volume) {
        List<Value> sources = new ArrayList<>();
        volume.fields().forEach((key, value) -> {
            if (!TYPES.contains(key) && !key.equals("name")) {
                value.warnAtKey("unknown volume field, ignored as kubectl does");
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
        boolean readOnly = source.field("readOnly").map(Value::bool).orElse(false);
        return new VolumeSource.Claim(claimName, readOnly);
    }

    private static VolumeSource configMap(Value source) {
        return new VolumeSource.ConfigMap(source.required("name").nonEmptyText());
    }

    private static VolumeSource secret(Value source) {
        return new VolumeSource.Secret(source.required("secretName").nonEmptyText());
    }

    private static VolumeSource hostPath(Value source) {
        String path = source.required("path").nonEmptyText();
        String type = source.field("type").map(Value::text).orElse("");
        return new VolumeSource.HostPath(path, type);
    }
}
