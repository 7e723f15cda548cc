package dev.strata.manifest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads PersistentVolumeClaims and the claim templates of StatefulSets. */
final class Claims {
    private static final String MODES = Arrays.stream(AccessMode.values())
            .map(AccessMode::manifestName)
            .collect(Collectors.joining(", "));

    private Claims() {
    }

    /**
     * A PersistentVolumeClaim object; as the API server checks it, it must request storage.
     */
    static ClaimSpec claim(Value object) {
        String name = object.requiredAt("metadata.name").nonEmptyText();
        Value spec = object.required("spec");
        ClaimSpec claim = read(name, spec, object);
        requireStorage(spec);
        return claim;
    }

    /** The API server requires every claim spec to request storage. */
    static void requireStorage(Value spec) {
        spec.field("resources").orElseThrow(() -> spec.error(
                "resources.requests.storage is required: how large a volume to claim"))
                .requiredAt("requests.storage");
    }

    /** One item of a StatefulSet's {@code volumeClaimTemplates}. */
    static ClaimSpec template(Value template) {
        checkTemplate(template, KnownFields.CLAIM);
        String name = template.requiredAt("metadata.name").nonEmptyText();
        return read(name, template.required("spec"), template);
    }

    /** Warns about unknown keys of a claim template and of its metadata. */
    static void checkTemplate(Value template, Set<String> known) {
        KnownFields.check(template, known);
        template.field("metadata").filter(Value::isMapping)
                .ifPresent(m -> KnownFields.check(m, KnownFields.METADATA));
    }

    /** A claim's spec, its unknown keys warned about; {@code where} gives its position. */
    static ClaimSpec read(String name, Value spec, Value where) {
        KnownFields.check(spec, KnownFields.CLAIM_SPEC);
        spec.field("resources").ifPresent(r -> KnownFields.check(r, KnownFields.CLAIM_RESOURCES));
        List<AccessMode> modes = accessModes(spec.required("accessModes"));
        Optional<Quantity> storage = spec.at("resources.requests.storage")
                .map(Value::nonNegativeQuantity);
        return new ClaimSpec(name, modes, storage.map(Quantity::text).orElse(""),
                where.position(),
                storage.map(q -> OptionalLong.of(q.bytes())).orElse(OptionalLong.empty()));
    }

    static List<AccessMode> accessModes(Value list) {
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
