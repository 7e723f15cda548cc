package dev.strata.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code items} of configMap, secret, downwardAPI and projected volumes: which
 * key or field becomes which file, each path relative and inside the volume.
 */
final class Items {
    private static final Set<String> PROJECTIONS = Set.of("configMap", "secret",
            "downwardAPI", "serviceAccountToken", "clusterTrustBundle", "podCertificate");

    private Items() {
    }

    /** The key-to-path items of a configMap or secret source. */
    static List<KeyToPath> keys(Value source) {
        List<KeyToPath> items = new ArrayList<>();
        for (Value item : source.field("items").map(Value::items).orElse(List.of())) {
            String key = item.required("key").nonEmptyText();
            items.add(new KeyToPath(key, path(item), item.position()));
        }
        return items;
    }

    /** The items of a downwardAPI source, keyed by field path or by resource. */
    static List<KeyToPath> fields(Value source) {
        List<KeyToPath> items = new ArrayList<>();
        for (Value item : source.field("items").map(Value::items).orElse(List.of())) {
            items.add(new KeyToPath(field(item), path(item), item.position()));
        }
        return items;
    }

    /** One source of a projected volume, which has exactly one type. */
    static VolumeSource.Projection projection(Value item) {
        List<String> types = item.fields().keySet().stream()
                .filter(PROJECTIONS::contains)
                .filter(t -> item.field(t).isPresent())
                .toList();
        if (types.size() != 1) {
            throw item.error("a projected source takes exactly one of "
                    + String.join(", ", PROJECTIONS.stream().sorted().toList()));
        }
        String type = types.get(0);
        return project(type, item.required(type));
    }

    private static VolumeSource.Projection project(String type, Value source) {
        boolean optional = source.field("optional").map(Value::bool).orElse(false);
        return switch (type) {
            case "configMap", "secret" -> new VolumeSource.Projection(type,
                    source.required("name").nonEmptyText(), keys(source), optional);
            case "downwardAPI" -> new VolumeSource.Projection(type, "", fields(source), false);
            case "serviceAccountToken" -> new VolumeSource.Projection(type, "",
                    List.of(new KeyToPath("token", path(source), source.position())), false);
            default -> new VolumeSource.Projection(type, "", List.of(), optional);
        };
    }

    private static String field(Value item) {
        return item.at("fieldRef.fieldPath")
                .or(() -> item.at("resourceFieldRef.resource"))
                .orElseThrow(() -> item.error("fieldRef or resourceFieldRef is required"))
                .nonEmptyText();
    }

    /** A file path inside the volume: relative, no {@code ..} element. */
    private static String path(Value item) {
        Value path = item.required("path");
        String text = path.nonEmptyText();
        boolean backsteps = List.of(text.split("/")).contains("..");
        if (text.startsWith("/") || backsteps) {
            throw path.error("must be a relative path inside the volume, without \"..\"");
        }
        return text;
    }
}
