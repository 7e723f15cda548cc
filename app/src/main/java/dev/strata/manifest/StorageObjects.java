package dev.strata.manifest;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import dev.strata.manifest.PersistentVolumeSpec.PersistentSource;

/** Reads PersistentVolumes and StorageClasses. */
final class StorageObjects {
    private static final Set<String> BINDING_MODES = Set.of("Immediate", "WaitForFirstConsumer");
    private static final Set<String> RECLAIM_POLICIES = Set.of("Retain", "Delete", "Recycle");
    /** The PersistentVolume sources of core/v1 besides the modelled ones. */
    private static final Set<String> OTHER_SOURCES = Set.of("awsElasticBlockStore",
            "azureDisk", "azureFile", "cephfs", "cinder", "fc", "flexVolume", "flocker",
            "gcePersistentDisk", "glusterfs", "iscsi", "photonPersistentDisk", "portworxVolume",
            "quobyte", "rbd", "scaleIO", "storageos", "vsphereVolume");

    private StorageObjects() {
    }

    static PersistentVolumeSpec persistentVolume(Value object, String name) {
        Value spec = object.required("spec");
        checkFields(spec);
        List<AccessMode> modes = Claims.accessModes(spec.required("accessModes"));
        Value capacity = spec.field("capacity").orElseThrow(() -> spec.error(
                "capacity.storage is required")).required("storage");
        Quantity size = capacity.nonNegativeQuantity();
        String storageClass = spec.field("storageClassName").map(Value::text).orElse("");
        String reclaim = oneOf(spec, "persistentVolumeReclaimPolicy", RECLAIM_POLICIES, "Retain");
        Optional<String> claimRef = spec.at("claimRef.name").map(Value::nonEmptyText);
        return new PersistentVolumeSpec(name, modes, size.text(), OptionalLong.of(size.bytes()),
                source(spec), storageClass, reclaim, claimRef, object.position());
    }

    /** Warns about unknown keys of the spec, of a modelled source and of the claimRef. */
    private static void checkFields(Value spec) {
        KnownFields.check(spec, KnownFields.PERSISTENT_VOLUME_SPEC);
        KnownFields.PERSISTENT_SOURCE.forEach((type, known) -> spec.field(type)
                .ifPresent(source -> KnownFields.check(source, known)));
        spec.field("claimRef").ifPresent(r -> KnownFields.check(r, KnownFields.OBJECT_REFERENCE));
    }

    private static PersistentSource source(Value spec) {
        Optional<Value> hostPath = spec.field("hostPath");
        if (hostPath.isPresent()) {
            return new PersistentSource.HostPath(hostPath.get().required("path").nonEmptyText(),
                    hostPath.get().field("type").map(Value::text).orElse(""));
        }
        Optional<Value> nfs = spec.field("nfs");
        if (nfs.isPresent()) {
            return new PersistentSource.Nfs(nfs.get().required("server").nonEmptyText(),
                    nfs.get().required("path").nonEmptyText(), readOnly(nfs.get()));
        }
        Optional<Value> local = spec.field("local");
        if (local.isPresent()) {
            return new PersistentSource.Local(local.get().required("path").nonEmptyText());
        }
        return csiOrOther(spec);
    }

    private static PersistentSource csiOrOther(Value spec) {
        Optional<Value> csi = spec.field("csi");
        if (csi.isPresent()) {
            return new PersistentSource.Csi(csi.get().required("driver").nonEmptyText(),
                    csi.get().required("volumeHandle").nonEmptyText(), readOnly(csi.get()));
        }
        return spec.fields().keySet().stream().filter(OTHER_SOURCES::contains).findFirst()
                .<PersistentSource>map(PersistentSource.Other::new)
                .orElseThrow(() -> spec.error("a PersistentVolume needs a source, such as"
                        + " hostPath, nfs, local or csi"));
    }

    private static boolean readOnly(Value source) {
        return source.field("readOnly").map(Value::bool).orElse(false);
    }

    static StorageClassSpec storageClass(Value object, String name) {
        String provisioner = object.required("provisioner").nonEmptyText();
        String binding = oneOf(object, "volumeBindingMode", BINDING_MODES, "Immediate");
        String reclaim = oneOf(object, "reclaimPolicy", Set.of("Retain", "Delete"), "Delete");
        return new StorageClassSpec(name, provisioner, binding, reclaim, object.position());
    }

    private static String oneOf(Value object, String key, Set<String> allowed, String absent) {
        Optional<Value> field = object.field(key);
        if (field.isEmpty()) {
            return absent;
        }
        String text = field.get().text();
        if (!allowed.contains(text)) {
            throw field.get().error("must be one of " + String.join(", ",
                    allowed.stream().sorted().toList()) + ", found \"" + text + "\"");
        }
        return text;
    }
}
