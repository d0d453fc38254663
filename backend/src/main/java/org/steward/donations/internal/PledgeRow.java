package org.steward.donations.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.donations.PledgeStatus;

/** One row of {@code pledges}, as stored. */
public record PledgeRow(
        UUID id,
        UUID constituentId,
        BigDecimal amount,
        String currency,
        BigDecimal paidAmount,
        BigDecimal writtenOffAmount,
        LocalDate pledgedOn,
        PledgeStatus status,
        UUID fundId,
        UUID campaignId,
        UUID appealId,
        String notes,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public BigDecimal balance() {
        return status == PledgeStatus.CANCELLED
                ? PledgeMath.ZERO
                : PledgeMath.balance(amount, paidAmount, writtenOffAmount);
    }

    /** The pledge with new sums (and the status they give), changed at {@code at} by {@code by}. */
    public PledgeRow withSums(BigDecimal newAmount, BigDecimal paid, BigDecimal writtenOff, Instant at, String by) {
        return new PledgeRow(
                id,
                constituentId,
                newAmount,
                currency,
                paid,
                writtenOff,
                pledgedOn,
                PledgeMath.status(status, newAmount, paid, writtenOff),
                fundId,
                campaignId,
                appealId,
                notes,
                version,
                createdAt,
                createdBy,
                at,
                by);
    }

    public PledgeRow withNotes(String newNotes) {
        return new PledgeRow(
                id,
                constituentId,
                amount,
                currency,
                paidAmount,
                writtenOffAmount,
                pledgedOn,
                status,
                fundId,
                campaignId,
                appealId,
                newNotes,
                version,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy);
    }

    public PledgeRow cancelled(Instant at, String by) {
        return new PledgeRow(
                id,
                constituentId,
                amount,
                currency,
                paidAmount,
                writtenOffAmount,
                pledgedOn,
                PledgeStatus.CANCELLED,
                fundId,
                campaignId,
                appealId,
                notes,
                version,
                createdAt,
                createdBy,
                at,
                by);
    }
}
