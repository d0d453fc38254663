package org.steward.relationships;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A relationship type: {@code label} reads from the {@code from} side ("Employee of"), {@code inverseLabel} from
 * the {@code to} side ("Employer of"); a symmetric type reads the same both ways.
 */
@Serdeable
public record RelationshipTypeView(
        String code,
        String label,
        String inverseLabel,
        boolean symmetric,
        boolean builtIn,
        boolean active,
        long version) {}
