package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.steward.shared.persistence.Sql;

/** The one row (id 1) of {@code receipt_settings}, in the caller's transaction. */
@Singleton
public class ReceiptTemplateStore {

    static final String COLUMNS = "organization_name, address_lines, charity_registration_number, title,"
            + " signatory_name, signatory_title, signature_text, legal_wording, footer, logo_png, version, updated_at,"
            + " updated_by";

    private final Sql sql;

    public ReceiptTemplateStore(Sql sql) {
        this.sql = sql;
    }

    /** Address lines are stored one per line. */
    public record TemplateRow(
            String organizationName,
            String addressLines,
            String charityRegistrationNumber,
            String title,
            String signatoryName,
            String signatoryTitle,
            String signatureText,
            String legalWording,
            String footer,
            byte[] logoPng,
            long version,
            Instant updatedAt,
            String updatedBy) {}

    public Optional<TemplateRow> find(boolean forUpdate) {
        return sql.one(
                "SELECT " + COLUMNS + " FROM receipt_settings WHERE id = 1" + (forUpdate ? " FOR UPDATE" : ""),
                rs -> new TemplateRow(
                        rs.getString("organization_name"),
                        rs.getString("address_lines"),
                        rs.getString("charity_registration_number"),
                        rs.getString("title"),
                        rs.getString("signatory_name"),
                        rs.getString("signatory_title"),
                        rs.getString("signature_text"),
                        rs.getString("legal_wording"),
                        rs.getString("footer"),
                        rs.getBytes("logo_png"),
                        rs.getLong("version"),
                        Sql.instant(rs, "updated_at"),
                        rs.getString("updated_by")));
    }

    /** The saved template, or the defaults while nobody saved one. */
    public TemplateRow findOrDefaults() {
        return find(false).orElseGet(ReceiptTemplateStore::defaults);
    }

    public static TemplateRow defaults() {
        return new TemplateRow(
                "Your Organization",
                null,
                null,
                "Official Donation Receipt",
                "Treasurer",
                null,
                null,
                "No goods or services were provided in exchange for this contribution unless stated above.",
                null,
                null,
                0,
                null,
                null);
    }

    /** Inserts version 1 (nobody saved before) or replaces version {@code expected}; false if it was stale. */
    public boolean save(TemplateRow t, long expected, Instant at, String by) {
        if (expected == 0) {
            try {
                return sql.update(
                                "INSERT INTO receipt_settings (id, " + COLUMNS + ", created_at, created_by) VALUES (1, "
                                        + Sql.marks(15) + ")",
                                params(t, 1, at, by, at, by))
                        == 1;
            } catch (io.micronaut.data.exceptions.DataAccessException e) {
                if (org.steward.shared.persistence.DatabaseFailures.isConstraintViolation(e)) {
                    return false;
                }
                throw e;
            }
        }
        Object[] values = params(t, expected + 1, at, by);
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = expected;
        return sql.update(
                        "UPDATE receipt_settings SET organization_name = ?, address_lines = ?,"
                                + " charity_registration_number = ?, title = ?, signatory_name = ?,"
                                + " signatory_title = ?, signature_text = ?, legal_wording = ?, footer = ?,"
                                + " logo_png = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = 1 AND"
                                + " version = ?",
                        all)
                == 1;
    }

    private static Object[] params(TemplateRow t, long version, Object... tail) {
        Object[] head = {
            t.organizationName(),
            t.addressLines(),
            t.charityRegistrationNumber(),
            t.title(),
            t.signatoryName(),
            t.signatoryTitle(),
            t.signatureText(),
            t.legalWording(),
            t.footer(),
            t.logoPng(),
            version
        };
        Object[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
