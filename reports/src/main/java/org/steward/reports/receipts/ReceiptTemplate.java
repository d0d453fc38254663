package org.steward.reports.receipts;

import java.util.List;
import java.util.Objects;

/**
 * What an organization sets up once and every receipt it issues shares: who issues it, who signs, the legal wording
 * its jurisdiction requires, a footer and an optional logo.
 *
 * @param title heading printed at the top right, e.g. "Official Receipt for Income Tax Purposes"; null or blank for
 *     "Official Donation Receipt"
 * @param legalWording paragraphs separated by a blank line; a single line break inside a paragraph is kept
 * @param footer printed small at the foot of every page; may be null
 * @param logoPng PNG (or JPEG) bytes printed above the organization's name, scaled to fit; may be null
 */
public record ReceiptTemplate(
        String organizationName,
        List<String> addressLines,
        String charityRegistrationNumber,
        String title,
        String signatoryName,
        String signatoryTitle,
        String signatureText,
        String legalWording,
        String footer,
        byte[] logoPng) {

    static final String DEFAULT_TITLE = "Official Donation Receipt";

    public ReceiptTemplate {
        Objects.requireNonNull(organizationName, "organizationName");
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        Objects.requireNonNull(signatoryName, "signatoryName");
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title;
        legalWording = legalWording == null ? "" : legalWording;
        logoPng = logoPng == null ? null : logoPng.clone();
    }

    @Override
    public byte[] logoPng() {
        return logoPng == null ? null : logoPng.clone();
    }
}
