package dev.strata.manifest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads ConfigMaps and Secrets: their keys and the size of each value, checked as the API
 * server checks them (key names, base64, a key in both data and binaryData).
 */
final class ConfigObjects {
    /** A ConfigMap or Secret key (IsConfigMapKey in Kubernetes' validation). */
    private static final Pattern KEY = Pattern.compile("[-._a-zA-Z0-9]{1,253}");

    private ConfigObjects() {
    }

    static ConfigMapSpec configMap(Value object, String name) {
        Map<String, DataKey> keys = new LinkedHashMap<>();
        add(keys, object, "data", false);
        add(keys, object, "binaryData", true);
        return new ConfigMapSpec(name, List.copyOf(keys.values()), object.position());
    }

    /** A Secret's keys: data decoded from base64, then stringData over it. */
    static SecretSpec secret(Value object, String name) {
        Map<String, DataKey> keys = new LinkedHashMap<>();
        add(keys, object, "data", true);
        for (Value entry : entries(object, "stringData")) {
            String key = key(entry);
            keys.put(key, text(key, entry));
        }
        String type = object.field("type").map(Value::text).orElse("Opaque");
        return new SecretSpec(name, type, List.copyOf(keys.values()), object.position());
    }

    private static void add(Map<String, DataKey> keys, Value object, String field,
            boolean base64) {
        for (Value entry : entries(object, field)) {
            String key = key(entry);
            DataKey first = keys.put(key, base64 ? decoded(key, entry) : text(key, entry));
            if (first != null) {
                throw entry.keyError("duplicate of key \"" + key + "\" in data (line "
                        + first.position().line() + ")");
            }
        }
    }

    private static List<Value> entries(Value object, String field) {
        return object.field(field).map(v -> List.copyOf(v.fields().values()))
                .orElse(List.of()).stream().filter(v -> !v.isNull()).toList();
    }

    private static String key(Value entry) {
        String key = entry.keyName();
        if (!KEY.matcher(key).matches() || key.equals(".") || key.equals("..")) {
            throw entry.keyError("a key must be letters, digits, '-', '_' or '.'"
                    + " (at most 253), and not \".\" or \"..\"");
        }
        return key;
    }

    private static DataKey text(String key, Value entry) {
        long bytes = entry.text().getBytes(StandardCharsets.UTF_8).length;
        return new DataKey(key, bytes, false, entry.position());
    }

    /** Base64 as Go's encoding/json reads []byte: padded, line breaks ignored. */
    private static DataKey decoded(String key, Value entry) {
        String text = entry.text().replace("\r", "").replace("\n", "");
        try {
            if (text.length() % 4 != 0) {
                throw new IllegalArgumentException("length is not a multiple of 4");
            }
            int bytes = Base64.getDecoder().decode(text).length;
            return new DataKey(key, bytes, true, entry.position());
        } catch (IllegalArgumentException e) {
            throw entry.error("must be base64 (" + e.getMessage() + ")");
        }
    }
}
