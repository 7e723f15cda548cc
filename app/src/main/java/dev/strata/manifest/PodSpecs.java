package dev.strata.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a pod spec and checks it as the API server would before it ever runs: every
 * mount names a declared volume at a distinct absolute path, container names are unique
 * across app and init containers, requests do not exceed limits.
 *
 * <p>Ephemeral containers are not read: they are added to a running pod by the API, never
 * written in a manifest's pod template.
 */
final class PodSpecs {
    private static final Set<String> RECURSIVE_READ_ONLY = Set.of(
            "Disabled", "IfPossible", "Enabled");
    private static final Set<String> PROPAGATION = Set.of(
            "None", "HostToContainer", "Bidirectional");
    private static final String EPHEMERAL_STORAGE = "ephemeral-storage";

    private PodSpecs() {
    }

    /**
     * Reads {@code spec}. A StatefulSet's claim templates join the pod's volumes, replacing
     * a volume of the same name, as the StatefulSet controller does.
     */
    static PodSpec read(Value spec, List<VolumeSpec> claimTemplates) {
        KnownFields.check(spec, KnownFields.POD_SPEC);
        Map<String, VolumeSpec> volumes = volumes(spec);
        claimTemplates.forEach(t -> volumes.put(t.name(), t));
        Map<String, ContainerSpec> byName = new HashMap<>();
        List<ContainerSpec> init = initContainers(spec, volumes.keySet(), byName);
        List<ContainerSpec> containers = containers(spec, volumes.keySet(), byName);
        return new PodSpec(containers, List.copyOf(volumes.values()), init);
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

    private static List<ContainerSpec> initContainers(
            Value spec, Set<String> volumes, Map<String, ContainerSpec> byName) {
        List<ContainerSpec> containers = new ArrayList<>();
        for (Value item : spec.field("initContainers").map(Value::items).orElse(List.of())) {
            containers.add(unique(container(item, volumes, initRole(item)), item, byName));
        }
        return containers;
    }

    private static ContainerRole initRole(Value container) {
        Optional<Value> policy = container.field("restartPolicy");
        if (policy.isEmpty()) {
            return ContainerRole.INIT;
        }
        if (!policy.get().text().equals("Always")) {
            throw policy.get().error("an init container's restartPolicy can only be Always"
                    + " (a sidecar), found \"" + policy.get().text() + "\"");
        }
        return ContainerRole.SIDECAR;
    }

    private static List<ContainerSpec> containers(
            Value spec, Set<String> volumes, Map<String, ContainerSpec> byName) {
        List<Value> items = spec.required("containers").items();
        if (items.isEmpty()) {
            throw spec.required("containers").error("at least one container is required");
        }
        List<ContainerSpec> containers = new ArrayList<>();
        for (Value item : items) {
            containers.add(unique(container(item, volumes, ContainerRole.APP), item, byName));
        }
        return containers;
    }

    private static ContainerSpec unique(
            ContainerSpec container, Value item, Map<String, ContainerSpec> byName) {
        ContainerSpec first = byName.putIfAbsent(container.name(), container);
        if (first != null) {
            throw item.required("name").error("container \"" + container.name()
                    + "\" is declared twice (first at line " + first.position().line() + ")");
        }
        return container;
    }

    private static ContainerSpec container(
            Value container, Set<String> volumes, ContainerRole role) {
        KnownFields.check(container, KnownFields.CONTAINER);
        String name = container.required("name").nonEmptyText();
        String image = container.required("image").nonEmptyText();
        List<MountSpec> mounts = mounts(container, volumes);
        boolean readOnlyRoot = container.at("securityContext.readOnlyRootFilesystem")
                .map(Value::bool)
                .orElse(false);
        Optional<Quantity> limit = resource(container, "limits");
        Optional<Quantity> request = resource(container, "requests").or(() -> limit);
        checkRequestWithinLimit(container, request, limit);
        return new ContainerSpec(name, image, mounts, readOnlyRoot, container.position(), role,
                request, limit);
    }

    private static Optional<Quantity> resource(Value container, String kind) {
        return container.at("resources." + kind)
                .flatMap(r -> r.field(EPHEMERAL_STORAGE))
                .map(Value::nonNegativeQuantity);
    }

    private static void checkRequestWithinLimit(
            Value container, Optional<Quantity> request, Optional<Quantity> limit) {
        if (request.isPresent() && limit.isPresent()
                && request.get().bytes() > limit.get().bytes()) {
            Value written = container.requiredAt("resources.requests")
                    .required(EPHEMERAL_STORAGE);
            throw written.error("must be less than or equal to the " + EPHEMERAL_STORAGE
                    + " limit of " + limit.get().text());
        }
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
        KnownFields.check(mount, KnownFields.MOUNT);
        String volume = volumeName(mount.required("name"), volumes);
        String mountPath = mountPath(mount.required("mountPath"));
        String subPath = mount.field("subPath").map(PodSpecs::subPath).orElse("");
        String subPathExpr = subPathExpr(mount, subPath);
        boolean readOnly = mount.field("readOnly").map(Value::bool).orElse(false);
        String propagation = oneOf(mount, "mountPropagation", PROPAGATION);
        String recursive = recursiveReadOnly(mount, readOnly, propagation);
        return new MountSpec(volume, mountPath, subPath, readOnly, mount.position(),
                subPathExpr, recursive, propagation);
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

    private static String subPathExpr(Value mount, String subPath) {
        Optional<Value> expr = mount.field("subPathExpr");
        if (expr.isEmpty()) {
            return "";
        }
        if (!subPath.isEmpty()) {
            throw expr.get().keyError("subPathExpr and subPath are mutually exclusive");
        }
        return subPath(expr.get());
    }

    private static String oneOf(Value mount, String key, Set<String> allowed) {
        Optional<Value> field = mount.field(key);
        if (field.isEmpty()) {
            return "";
        }
        String text = field.get().text();
        if (!allowed.contains(text)) {
            throw field.get().error("must be one of " + String.join(", ", allowed.stream()
                    .sorted().toList()) + ", found \"" + text + "\"");
        }
        return text;
    }

    /** The API server's rules for recursiveReadOnly (KEP-3857). */
    private static String recursiveReadOnly(Value mount, boolean readOnly, String propagation) {
        String mode = oneOf(mount, "recursiveReadOnly", RECURSIVE_READ_ONLY);
        if (mode.isEmpty() || mode.equals("Disabled")) {
            return mode;
        }
        Value written = mount.required("recursiveReadOnly");
        if (!readOnly) {
            throw written.error("may only be " + mode + " when readOnly is true");
        }
        if (!propagation.isEmpty() && !propagation.equals("None")) {
            throw written.error("may only be " + mode + " when mountPropagation is None");
        }
        return mode;
    }
}
