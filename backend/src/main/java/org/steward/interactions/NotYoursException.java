package org.steward.interactions;

import org.steward.shared.errors.StewardException;

/**
 * The caller's role may do this only to their own records, and this one is someone else's (403). Unlike the
 * framework's {@code auth.forbidden}, which refuses a role outright, this refusal depends on the record.
 */
public class NotYoursException extends StewardException {

    public NotYoursException(String code, String title, String detail) {
        super(code, title, detail);
    }

    @Override
    public int status() {
        return 403;
    }
}
