package org.steward.shared.errors;

/** The request is well formed but breaks a business rule. */
public class BusinessRuleException extends StewardException {

    public BusinessRuleException(String code, String title, String detail) {
        super(code, title, detail);
    }

    @Override
    public int status() {
        return 422;
    }
}
