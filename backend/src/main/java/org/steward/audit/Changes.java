package org.steward.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Builds the list of field changes between two snapshots of an entity. Snapshots are ordered maps of field name to
 * value; values are compared and recorded by their text (collections sorted, so order alone is no change).
 */
public final class Changes {

    /** Stands in for values that must never be stored, such as password hashes. */
    public static final String REDACTED = "(redacted)";

    private final Map<String, String> before = new LinkedHashMap<>();
    private final Map<String, String> after = new LinkedHashMap<>();

    private Changes() {}

    public static Changes track() {
        return new Changes();
    }

    /** Records a field as it was and as it is. */
    public Changes field(String name, Object was, Object is) {
        before.put(name, text(was));
        after.put(name, text(is));
        return this;
    }

    /** Records that a secret changed without storing either value. */
    public Changes secret(String name, boolean changed) {
        if (changed) {
            before.put(name, REDACTED);
            after.put(name, "(changed)");
        }
        return this;
    }

    public List<FieldChange> list() {
        List<FieldChange> changes = new ArrayList<>();
        for (var entry : after.entrySet()) {
            String was = before.get(entry.getKey());
            if (!Objects.equals(was, entry.getValue())) {
                changes.add(new FieldChange(entry.getKey(), was, entry.getValue()));
            }
        }
        return changes;
    }

    /** Every field of a new entity, from nothing to its value. */
    public static List<FieldChange> created(Map<String, ?> fields) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((name, value) -> {
            String text = text(value);
            if (text != null) {
                changes.add(new FieldChange(name, null, text));
            }
        });
        return changes;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            if (collection.isEmpty()) {
                return null;
            }
            TreeSet<String> sorted = new TreeSet<>();
            collection.forEach(item -> sorted.add(String.valueOf(item)));
            return String.join(", ", sorted);
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
