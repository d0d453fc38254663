package org.steward.reporting;

import java.util.Map;
import java.util.UUID;

/**
 * One row: values by column key (see {@link ReportColumn.Kind} for their types), and the constituent the row is
 * about when it names one (its {@code name} value is filled in from the constituents module when shown).
 */
public record ReportRow(UUID constituentId, Map<String, Object> values) {}
