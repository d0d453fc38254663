package org.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void listsOnlyFieldsWhoseValueChanged() {
        var changes = Changes.track()
                .field("firstName", "Jane", "Janet")
                .field("lastName", "Doe", "Doe")
                .field("email", null, "jane@example.org")
                .list();

        assertThat(changes)
                .containsExactly(
                        new FieldChange("firstName", "Jane", "Janet"),
                        new FieldChange("email", null, "jane@example.org"));
    }

    @Test
    void collectionsCompareAsSortedSetsAndDecimalsAsPlainText() {
        var changes = Changes.track()
                .field("roles", List.of("B", "A"), Set.of("A", "B"))
                .field("amount", new BigDecimal("10.00"), new BigDecimal("1E+1"))
                .list();

        assertThat(changes).containsExactly(new FieldChange("amount", "10.00", "10"));
    }

    @Test
    void secretsAreNeverStored() {
        var changes = Changes.track().secret("password", true).list();

        assertThat(changes).containsExactly(new FieldChange("password", Changes.REDACTED, "(changed)"));
        assertThat(Changes.track().secret("password", false).list()).isEmpty();
    }

    @Test
    void creationRecordsEveryPresentField() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", "Acme");
        fields.put("email", null);

        assertThat(Changes.created(fields)).containsExactly(new FieldChange("name", null, "Acme"));
    }
}
