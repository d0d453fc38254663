package org.steward.constituents.internal;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.steward.constituents.SegmentCriteria;

/** A segment's criteria as JSON text (works on H2 and MySQL/MariaDB alike, unlike a JSON column type). */
@Singleton
class SegmentCriteriaConverter implements AttributeConverter<SegmentCriteria, String> {

    private static final SegmentCriteria NONE = new SegmentCriteria(null, null, null, null, null, null, null);
    private final JsonMapper json;

    SegmentCriteriaConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String convertToPersistedValue(SegmentCriteria criteria, ConversionContext context) {
        try {
            return json.writeValueAsString(criteria == null ? NONE : criteria);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SegmentCriteria convertToEntityValue(String text, ConversionContext context) {
        try {
            return text == null || text.isBlank() ? NONE : json.readValue(text, SegmentCriteria.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
