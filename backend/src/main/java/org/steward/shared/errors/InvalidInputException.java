package org.steward.shared.errors;

import java.util.List;

/**
 * Input that passed bean validation but breaks a rule only the service can check (e.g. an individual needs a
 * name, only one primary email). Rendered exactly like bean validation failures: 400 {@code validation.failed}
 * with the fields at fault, so clients handle both the same way.
 */
public class InvalidInputException extends StewardException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(
                "validation.failed",
                "Some fields are not valid",
                errors.size() == 1 ? "1 field needs attention." : errors.size() + " fields need attention.");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }

    public record FieldError(String field, String message) {}
}
