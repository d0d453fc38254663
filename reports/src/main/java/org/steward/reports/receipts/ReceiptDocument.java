package org.steward.reports.receipts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One receipt to print: a single gift, or an annual consolidated receipt listing every gift of the year.
 *
 * @param serialNumber the receipt's number, unique per organization (the caller allocates it)
 * @param receiptYear the tax year the gifts count for
 * @param totalAmount sum of the gifts' amounts; checked against the gifts
 * @param totalEligibleAmount sum of the gifts' eligible amounts; checked against the gifts
 * @param currencyCode ISO 4217 code of every amount on the receipt, e.g. "CAD"
 * @param duplicateCopy a reprint of a receipt already issued: every page is marked DUPLICATE COPY
 * @param voided a cancelled receipt: every page is marked VOID
 * @param replacesSerial the serial number of the receipt this one cancels and replaces, or null
 */
public record ReceiptDocument(
        ReceiptTemplate organization,
        String serialNumber,
        LocalDate issuedOn,
        int receiptYear,
        ReceiptDonor donor,
        List<ReceiptGift> gifts,
        BigDecimal totalAmount,
        BigDecimal totalEligibleAmount,
        String currencyCode,
        boolean duplicateCopy,
        boolean voided,
        String replacesSerial) {

    public ReceiptDocument {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(donor, "donor");
        gifts = List.copyOf(gifts);
        if (gifts.isEmpty()) {
            throw new IllegalArgumentException("A receipt lists at least one gift");
        }
        Objects.requireNonNull(currencyCode, "currencyCode");
        Currency.getInstance(currencyCode);
        requireSum(totalAmount, gifts.stream().map(ReceiptGift::amount), "totalAmount");
        requireSum(totalEligibleAmount, gifts.stream().map(ReceiptGift::eligibleAmount), "totalEligibleAmount");
        if (replacesSerial != null && replacesSerial.isBlank()) {
            replacesSerial = null;
        }
    }

    /** Sum of the gifts' benefits (advantage). */
    public BigDecimal totalBenefits() {
        return gifts.stream().map(ReceiptGift::fairMarketValueOfBenefits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void requireSum(BigDecimal total, java.util.stream.Stream<BigDecimal> parts, String name) {
        Objects.requireNonNull(total, name);
        BigDecimal sum = parts.reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            throw new IllegalArgumentException(name + " " + total + " is not the sum of the gifts, " + sum);
        }
    }
}
