package dev.strata.manifest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads PersistentVolumeClaims and the claim templates of StatefulSets. */
final class Claims {
    private static final String MODES = Arrays.stream(AccessMode.values())
            .map(AccessMode::manifestName)
            .collect(Collectors.joining(", "));

    private Claims() {
    }

    /** A PersistentVolumeClaim object. */
    static ClaimSpec claim(Value object) {
        String name = object.requiredAt("metadata.name").nonEmptyText();
        return read(name, object.required("spec"), object);
    }

    /** One item of a StatefulSet's {@code volumeClaimTemplates}. */
    static ClaimSpec template(Value template) {
        String name = template.requiredAt("metadata.name").nonEmptyText();
        return read(name, template.required("spec"), template);
    }

    private static ClaimSpec read(String name, Value spec, Value where) {
        List<AccessMode> modes = accessModes(spec.required("accessModes"));
        String storage = spec.at("resources.requests.storage").map(Value::quantity).orElse("");
        return new ClaimSpec(name, modes, storage, where.position());
    }

    private static List<AccessMode> accessModes(Value list) {
        List<AccessMode> modes = new ArrayList<>();
        for (Value item : list.items()) {
            String text = item.text();
            modes.add(AccessMode.fromManifest(text).orElseThrow(() -> item.error(
                    "unknown access mode \"" + text + "\"; one of " + MODES)));
        }
        if (modes.isEmpty()) {
            throw list.error("at least one access mode is required");
        }
        return modes;
    }
}
