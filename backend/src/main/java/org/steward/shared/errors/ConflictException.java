package org.steward.shared.errors;

/** The request clashes with the current state, e.g. a duplicate or a stale version. */
public class ConflictException extends StewardException {

    public ConflictException(String code, String title, String detail) {
        super(code, title, detail);
    }

    @Override
    public int status() {
        return 409;
    }
}
