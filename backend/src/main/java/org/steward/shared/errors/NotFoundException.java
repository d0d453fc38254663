package org.steward.shared.errors;

/** The thing asked for does not exist (or is hidden from you). */
public class NotFoundException extends StewardException {

    public NotFoundException(String code, String title, String detail) {
        super(code, title, detail);
    }

    @Override
    public int status() {
        return 404;
    }
}
