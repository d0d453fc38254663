package org.steward.audit.internal;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.steward.audit.FieldChange;

/** Stores the field changes as JSON text (works on H2 and MySQL/MariaDB alike, unlike a JSON column type). */
@Singleton
class FieldChangesConverter implements AttributeConverter<List<FieldChange>, String> {

    private static final Argument<List<FieldChange>> TYPE = Argument.listOf(FieldChange.class);
    private final JsonMapper json;

    FieldChangesConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String convertToPersistedValue(List<FieldChange> changes, ConversionContext context) {
        try {
            return changes == null ? "[]" : json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<FieldChange> convertToEntityValue(String text, ConversionContext context) {
        try {
            return text == null || text.isBlank() ? List.of() : json.readValue(text, TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
