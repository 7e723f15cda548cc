package dev.strata.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code items} of configMap, secret, downwardAPI and projected volumes: which
 * key or field becomes which file, each path relative and inside the volume.
 */
final class Items {
    private Items() {
    }

    /** The key-to-path items of a configMap or secret source. */
    static List<KeyToPath> keys(Value source) {
        List<KeyToPath> items = new ArrayList<>();
        for (Value item : source.field("items").map(Value::items).orElse(List.of())) {
            KnownFields.check(item, KnownFields.KEY_TO_PATH);
            String key = item.required("key").nonEmptyText();
            items.add(new KeyToPath(key, path(item), item.position()));
        }
        return items;
    }

    /** The items of a downwardAPI source, keyed by field path or by resource. */
    static List<KeyToPath> fields(Value source) {
        List<KeyToPath> items = new ArrayList<>();
        for (Value item : source.field("items").map(Value::items).orElse(List.of())) {
            KnownFields.check(item, KnownFields.DOWNWARD_API_FILE);
            items.add(new KeyToPath(field(item), path(item), item.position()));
        }
        return items;
    }

    /** One source of a projected volume, which has exactly one type. */
    static VolumeSource.Projection projection(Value item) {
        KnownFields.check(item, KnownFields.PROJECTION.keySet());
        List<String> types = item.fields().keySet().stream()
                .filter(KnownFields.PROJECTION::containsKey)
                .filter(t -> item.field(t).isPresent())
                .toList();
        if (types.size() != 1) {
            throw item.error("a projected source takes exactly one of "
                    + String.join(", ", KnownFields.PROJECTION.keySet().stream().sorted()
                            .toList()));
        }
        String type = types.get(0);
        return project(type, item.required(type));
    }

    private static VolumeSource.Projection project(String type, Value source) {
        KnownFields.check(source, KnownFields.PROJECTION.get(type));
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
        item.field("fieldRef").ifPresent(f -> KnownFields.check(f, KnownFields.FIELD_SELECTOR));
        item.field("resourceFieldRef")
                .ifPresent(r -> KnownFields.check(r, KnownFields.RESOURCE_SELECTOR));
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
