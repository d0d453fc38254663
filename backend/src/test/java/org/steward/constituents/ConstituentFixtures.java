package org.steward.constituents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for constituents: start from a valid individual and override what the test cares about. */
final class ConstituentFixtures {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ConstituentFixtures() {}

    static ConstituentFixtures anIndividual(String first, String last) {
        ConstituentFixtures f = new ConstituentFixtures();
        f.body.put("type", "INDIVIDUAL");
        f.body.put("firstName", first);
        f.body.put("lastName", last);
        f.body.put(
                "emails",
                new ArrayList<>(List.of(
                        Map.of("address", (first + "." + last + "@example.org").toLowerCase(), "primary", true))));
        return f;
    }

    static ConstituentFixtures anOrganization(String name) {
        ConstituentFixtures f = new ConstituentFixtures();
        f.body.put("type", "ORGANIZATION");
        f.body.put("name", name);
        return f;
    }

    static ConstituentFixtures aHousehold() {
        ConstituentFixtures f = new ConstituentFixtures();
        f.body.put("type", "HOUSEHOLD");
        return f;
    }

    ConstituentFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }
}
