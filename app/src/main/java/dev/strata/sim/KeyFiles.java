package dev.strata.sim;

import java.util.List;
import java.util.Optional;

import dev.strata.manifest.DataKey;
import dev.strata.manifest.KeyToPath;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.VolumeSource;
import dev.strata.sim.ClusterState.EntryKind;

/**
 * The files a configMap or secret volume shows: one per key, or the paths its {@code items}
 * map keys to (kubernetes.io configmap and secret docs). Keys of objects the manifest does
 * not define stay unknown.
 */
final class KeyFiles {
    private final Manifest manifest;

    KeyFiles(Manifest manifest) {
        this.manifest = manifest;
    }

    void fill(VolumeInstance volume, VolumeSource source) {
        if (source instanceof VolumeSource.ConfigMap map) {
            manifest.configMap(map.name()).ifPresent(spec -> put(volume, spec.keys(),
                    map.items()));
        } else if (source instanceof VolumeSource.Secret secret) {
            manifest.secret(secret.secretName()).ifPresent(spec -> put(volume, spec.keys(),
                    secret.items()));
        }
    }

    private static void put(VolumeInstance volume, List<DataKey> keys, List<KeyToPath> items) {
        if (items.isEmpty()) {
            keys.forEach(k -> file(volume, "/" + k.key(), k.bytes()));
            return;
        }
        for (KeyToPath item : items) {
            Optional<DataKey> key = keys.stream().filter(k -> k.key().equals(item.key()))
                    .findFirst();
            key.ifPresent(k -> file(volume, FsPaths.normalize("/" + item.path()), k.bytes()));
        }
    }

    private static void file(VolumeInstance volume, String path, long size) {
        volume.files().ensureParents(path, false);
        volume.files().put(path, new FsTree.Node(EntryKind.FILE, size, false));
    }
}
