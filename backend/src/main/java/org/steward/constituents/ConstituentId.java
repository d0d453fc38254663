package org.steward.constituents;

import java.util.Objects;
import java.util.UUID;

/**
 * How every module refers to a constituent: by id, never by holding its entity. In JSON it is the bare UUID
 * string (see ConstituentIdSerde in internal).
 */
public record ConstituentId(UUID value) {

    public ConstituentId {
        Objects.requireNonNull(value, "value");
    }

    public static ConstituentId of(String text) {
        return new ConstituentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
