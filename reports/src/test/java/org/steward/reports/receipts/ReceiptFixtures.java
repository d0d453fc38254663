package org.steward.reports.receipts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builders for receipts: start from a valid single-gift receipt and override what a test cares about. */
final class ReceiptFixtures {

    static final String LEGAL_WORDING =
            """
            Official receipt for income tax purposes. No goods or services were provided in exchange for this \
            gift except as shown above.

            Canada Revenue Agency: www.canada.ca/charities-giving
            Please keep this receipt with your tax records.""";

    private ReceiptTemplate organization = template(null);
    private String serial = "2026-000042";
    private ReceiptDonor donor =
            new ReceiptDonor("Zoë Ångström", List.of("12 Rue des Érables", "Montréal QC  H2X 1Y4", "Canada"));
    private final List<ReceiptGift> gifts = new ArrayList<>();
    private String currency = "CAD";
    private boolean duplicate;
    private boolean voided;
    private String replaces;

    static ReceiptFixtures aReceipt() {
        return new ReceiptFixtures();
    }

    static ReceiptTemplate template(byte[] logo) {
        return new ReceiptTemplate(
                "Harbour Lights Food Bank",
                List.of("400 Wellington Street, Suite 12", "Ottawa ON  K1A 0A9"),
                "10810 8899 RR0001",
                "Official Receipt for Income Tax Purposes",
                "Margaret O'Connor",
                "Treasurer",
                "M. O'Connor",
                LEGAL_WORDING,
                "Harbour Lights Food Bank · 613-555-0142 · receipts@harbourlights.example",
                logo);
    }

    ReceiptFixtures organization(ReceiptTemplate template) {
        this.organization = template;
        return this;
    }

    ReceiptFixtures serial(String serial) {
        this.serial = serial;
        return this;
    }

    ReceiptFixtures donor(String name) {
        this.donor = new ReceiptDonor(name, donor.addressLines());
        return this;
    }

    ReceiptFixtures gift(LocalDate date, String description, String amount, String benefits) {
        BigDecimal a = new BigDecimal(amount);
        BigDecimal b = new BigDecimal(benefits);
        gifts.add(new ReceiptGift(date, description, a, a.subtract(b), b));
        return this;
    }

    ReceiptFixtures monthlyGifts(int count, String amount) {
        for (int i = 1; i <= count; i++) {
            gift(LocalDate.of(2026, 1, 1).plusDays(i % 365), "Monthly gift #%03d".formatted(i), amount, "0.00");
        }
        return this;
    }

    ReceiptFixtures currency(String code) {
        this.currency = code;
        return this;
    }

    ReceiptFixtures duplicateCopy() {
        this.duplicate = true;
        return this;
    }

    ReceiptFixtures voided() {
        this.voided = true;
        return this;
    }

    ReceiptFixtures replaces(String serial) {
        this.replaces = serial;
        return this;
    }

    ReceiptDocument build() {
        List<ReceiptGift> lines = gifts.isEmpty()
                ? List.of(new ReceiptGift(
                        LocalDate.of(2026, 3, 14),
                        "Gala dinner ticket",
                        new BigDecimal("1234.50"),
                        new BigDecimal("1159.50"),
                        new BigDecimal("75.00")))
                : gifts;
        BigDecimal total = lines.stream().map(ReceiptGift::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal eligible = lines.stream().map(ReceiptGift::eligibleAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ReceiptDocument(
                organization,
                serial,
                LocalDate.of(2027, 2, 10),
                2026,
                donor,
                lines,
                total,
                eligible,
                currency,
                duplicate,
                voided,
                replaces);
    }
}
