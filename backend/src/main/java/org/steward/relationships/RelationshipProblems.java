package org.steward.relationships;

import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.NotFoundException;

/** The relationships module's failures, each with its stable code (see docs/problems.md). */
public final class RelationshipProblems {

    private RelationshipProblems() {}

    public static NotFoundException notFound(Object id) {
        return new NotFoundException(
                "relationships.not-found", "Relationship not found", "No relationship has id " + id + ".");
    }

    public static BusinessRuleException self() {
        return new BusinessRuleException(
                "relationships.self",
                "A constituent cannot be related to itself",
                "The two ends of a relationship must be different constituents.");
    }

    public static BusinessRuleException unknownType(String code) {
        return new BusinessRuleException(
                "relationships.unknown-type",
                "Unknown relationship type",
                "There is no active relationship type '" + code + "'.");
    }

    public static ConflictException duplicate(String code) {
        return new ConflictException(
                "relationships.duplicate",
                "Relationship already exists",
                "These two constituents already have an active '" + code + "' relationship.");
    }

    public static BusinessRuleException dates() {
        return new BusinessRuleException(
                "relationships.dates", "End date before start date", "The end date must not be before the start date.");
    }

    public static NotFoundException typeNotFound(String code) {
        return new NotFoundException(
                "relationships.type-not-found",
                "Relationship type not found",
                "There is no relationship type '" + code + "'.");
    }

    public static ConflictException typeExists(String code) {
        return new ConflictException(
                "relationships.type-exists",
                "Relationship type exists",
                "A relationship type with code '" + code
                        + "' already exists; choose another label, or reactivate that type.");
    }

    public static ConflictException labelTaken(String label, String code) {
        return new ConflictException(
                "relationships.label-taken",
                "Label in use",
                "The relationship type '" + code + "' already reads '" + label
                        + "'; two types with one label could not be told apart.");
    }

    public static BusinessRuleException typeBuiltIn(String code) {
        return new BusinessRuleException(
                "relationships.type-built-in",
                "Built-in relationship type",
                "The built-in relationship type '" + code + "' cannot be changed.");
    }

    public static BusinessRuleException inverseLabelRequired() {
        return new BusinessRuleException(
                "relationships.inverse-label-required",
                "Inverse label required",
                "A type that is not symmetric needs an inverse label, e.g. 'Employer of' for 'Employee of'.");
    }
}
