package org.steward.users.internal;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** Roles are few and fixed: one comma-separated column, sorted, e.g. {@code ADMIN,BOARD_MEMBER}. */
@Singleton
class RoleSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToPersistedValue(Set<String> roles, ConversionContext context) {
        return roles == null ? "" : String.join(",", new TreeSet<>(roles));
    }

    @Override
    public Set<String> convertToEntityValue(String text, ConversionContext context) {
        TreeSet<String> roles = new TreeSet<>();
        if (text != null) {
            Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(roles::add);
        }
        return roles;
    }
}
