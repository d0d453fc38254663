package org.steward.constituents;

import java.util.Map;
import java.util.UUID;
import org.steward.shared.errors.NotFoundException;

public class ConstituentNotFoundException extends NotFoundException {

    private final UUID mergedInto;

    public ConstituentNotFoundException(Object id) {
        super("constituents.not-found", "Constituent not found", "No constituent has id " + id + ".");
        this.mergedInto = null;
    }

    private ConstituentNotFoundException(Object id, UUID survivor) {
        super(
                "constituents.merged",
                "Constituent was merged",
                "Constituent " + id + " was merged into " + survivor + "; open that one instead.");
        this.mergedInto = survivor;
    }

    /** 404 for a record merged into another: the problem carries {@code mergedInto}, the survivor's id. */
    public static ConstituentNotFoundException merged(Object id, UUID survivor) {
        return new ConstituentNotFoundException(id, survivor);
    }

    @Override
    public Map<String, Object> extensions() {
        return mergedInto == null ? Map.of() : Map.of("mergedInto", mergedInto.toString());
    }
}
