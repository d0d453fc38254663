package org.steward.reports.receipts;

import java.util.List;
import java.util.Objects;

/** The donor as the receipt names them: full name in any script, and the postal address lines in print order. */
public record ReceiptDonor(String name, List<String> addressLines) {

    public ReceiptDonor {
        Objects.requireNonNull(name, "name");
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}
