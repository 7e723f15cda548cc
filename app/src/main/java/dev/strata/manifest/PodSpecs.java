package dev.strata.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pod spec and checks it as the API server would before it ever runs: every
 * mount names a declared volume at a distinct absolute path, names are unique.
 *
 * <p>Only app containers are read; init and ephemeral containers do not hold the files
 * Strata shows yet.
 */
final class PodSpecs {
    private PodSpecs() {
    }

    /**
     * Reads {@code spec}. A StatefulSet's claim templates join the pod's volumes, replacing
     * a volume of the same name, as the StatefulSet controller does.
     */
    static PodSpec read(Value spec, List<VolumeSpec> claimTemplates) {
        Map<String, VolumeSpec> volumes = volumes(spec);
        claimTemplates.forEach(t -> volumes.put(t.name(), t));
        List<ContainerSpec> containers = containers(spec, volumes.keySet());
        return new PodSpec(containers, List.copyOf(volumes.values()));
    }

    private static Map<String, VolumeSpec> volumes(Value spec) {
        Map<String, VolumeSpec> volumes = new LinkedHashMap<>();
        for (Value item : spec.field("volumes").map(Value::items).orElse(List.of())) {
            VolumeSpec volume = Volumes.read(item);
            VolumeSpec first = volumes.putIfAbsent(volume.name(), volume);
            if (first != null) {
                throw item.required("name").error("volume \"" + volume.name()
                        + "\" is declared twice (first at line " + first.position().line() + ")");
            }
        }
        return volumes;
    }

    private static List<ContainerSpec> containers(Value spec, Set<String> volumes) {
        List<Value> items = spec.required("containers").items();
        if (items.isEmpty()) {
            throw spec.required("containers").error("at least one container is required");
        }
        List<ContainerSpec> containers = new ArrayList<>();
        Map<String, ContainerSpec> byName = new HashMap<>();
        for (Value item : items) {
            ContainerSpec container = container(item, volumes);
            ContainerSpec first = byName.putIfAbsent(container.name(), container);
            if (first != null) {
                throw item.required("name").error("container \"" + container.name()
                        + "\" is declared twice (first at line " + first.position().line() + ")");
            }
            containers.add(container);
        }
        return containers;
    }

    private static ContainerSpec container(Value container, Set<String> volumes) {
        String name = container.required("name").nonEmptyText();
        String image = container.required("image").nonEmptyText();
        List<MountSpec> mounts = mounts(container, volumes);
        boolean readOnlyRoot = container.at("securityContext.readOnlyRootFilesystem")
                .map(Value::bool)
                .orElse(false);
        return new ContainerSpec(name, image, mounts, readOnlyRoot, container.position());
    }

    private static List<MountSpec> mounts(Value container, Set<String> volumes) {
        List<MountSpec> mounts = new ArrayList<>();
        Map<String, MountSpec> byPath = new HashMap<>();
        for (Value item : container.field("volumeMounts").map(Value::items).orElse(List.of())) {
            MountSpec mount = mount(item, volumes);
            MountSpec first = byPath.putIfAbsent(mount.mountPath(), mount);
            if (first != null) {
                throw item.required("mountPath").error("\"" + mount.mountPath()
                        + "\" is already mounted in this container (line "
                        + first.position().line() + "); each mountPath must be unique");
            }
            mounts.add(mount);
        }
        return mounts;
    }

    private static MountSpec mount(Value mount, Set<String> volumes) {
        String volume = volumeName(mount.required("name"), volumes);
        String mountPath = mountPath(mount.required("mountPath"));
        String subPath = mount.field("subPath").map(PodSpecs::subPath).orElse("");
        boolean readOnly = mount.field("readOnly").map(Value::bool).orElse(false);
        return new MountSpec(volume, mountPath, subPath, readOnly, mount.position());
    }

    private static String volumeName(Value name, Set<String> volumes) {
        String volume = name.nonEmptyText();
        if (!volumes.contains(volume)) {
            String declared = volumes.isEmpty() ? "it declares none" : String.join(", ", volumes);
            throw name.error("the pod has no volume \"" + volume + "\" (" + declared + ")");
        }
        return volume;
    }

    private static String mountPath(Value value) {
        String path = value.nonEmptyText();
        if (!path.startsWith("/")) {
            throw value.error("must be an absolute path, found \"" + path + "\"");
        }
        return path;
    }

    private static String subPath(Value value) {
        String path = value.text();
        boolean backsteps = List.of(path.split("/")).contains("..");
        if (path.startsWith("/") || backsteps) {
            throw value.error("must be a relative path inside the volume, without \"..\"");
        }
        return path;
    }
}
