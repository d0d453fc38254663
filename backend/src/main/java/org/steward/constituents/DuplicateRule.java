package org.steward.constituents;

import java.util.Arrays;
import java.util.Optional;

/** The rules that find likely duplicates; administrators switch each on or off (all are on at first). */
public enum DuplicateRule {
    SAME_EMAIL("same-email", "Same email address (ignoring case)"),
    SAME_PHONE("same-phone", "Same phone number digits (at least 7)"),
    SAME_NAME_POSTAL("same-name-postal", "Individuals with the same last name, first initial and postal code"),
    SAME_NAME_BIRTHDATE("same-name-birthdate", "Individuals with the same first and last name and birth date"),
    SAME_ORG_NAME("same-org-name", "Organizations with the same name");

    private final String code;
    private final String description;

    DuplicateRule(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Optional<DuplicateRule> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
