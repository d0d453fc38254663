package org.steward.constituents;

import org.steward.shared.errors.NotFoundException;

public class ConstituentNotFoundException extends NotFoundException {

    public ConstituentNotFoundException(Object id) {
        super("constituents.not-found", "Constituent not found", "No constituent has id " + id + ".");
    }
}
