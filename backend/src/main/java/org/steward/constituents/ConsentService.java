package org.steward.constituents;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.FieldChange;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Communication preferences as a ledger: each opt-in or opt-out is a new row (statement, source, date, who) and
 * nothing is overwritten; the latest row per channel and purpose is the current choice. {@link #outreach} is the
 * one question every module that contacts people asks: deceased, do-not-contact, do-not-solicit (fundraising) and
 * opt-outs all say no.
 */
@Singleton
public class ConsentService {

    public enum Channel {
        EMAIL,
        MAIL,
        PHONE,
        SMS
    }

    public enum Purpose {
        FUNDRAISING,
        NEWSLETTERS,
        EVENTS
    }

    public enum Status {
        OPT_IN,
        OPT_OUT
    }

    public record RecordConsentCommand(
            Channel channel,
            Purpose purpose,
            Status status,
            @Nullable String statement,
            String source,
            @Nullable LocalDate effectiveDate) {}

    @Serdeable
    public record ConsentEntry(
            UUID id,
            Channel channel,
            Purpose purpose,
            Status status,
            @Nullable String statement,
            String source,
            LocalDate effectiveDate,
            Instant recordedAt,
            String recordedBy) {}

    @Serdeable
    public record ConsentState(
            Channel channel,
            Purpose purpose,
            @Nullable Status status,
            @Nullable LocalDate since,
            boolean contactable) {}

    @Serdeable
    public record Outreach(boolean allowed, List<String> reasons) {}

    @Serdeable
    public record ConsentSummary(
            boolean deceased, boolean doNotContact, boolean doNotSolicit, List<ConsentState> preferences) {}

    private final ConstituentService constituents;
    private final JdbcOperations jdbc;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;
    private final Set<String> optInRequired;

    ConsentService(
            ConstituentService constituents,
            JdbcOperations jdbc,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps,
            @Value("${app.constituents.require-opt-in:}") Set<String> optInRequired) {
        this.constituents = constituents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
        this.optInRequired = optInRequired;
    }

    @Transactional
    public ConsentEntry record(ConstituentId id, RecordConsentCommand command) {
        constituents.requireActive(id);
        LocalDate today = LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC);
        LocalDate effective = command.effectiveDate() == null ? today : command.effectiveDate();
        if (effective.isAfter(today)) {
            throw InvalidInputException.of("effectiveDate", "cannot be in the future");
        }
        var entry = new ConsentEntry(
                Ids.next(),
                command.channel(),
                command.purpose(),
                command.status(),
                blankToNull(command.statement()),
                command.source().trim(),
                effective,
                timestamps.now(),
                actor.name());
        jdbc.prepareStatement(
                "INSERT INTO consent_records (id, constituent_id, channel, purpose, status, statement, source,"
                        + " effective_date, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, entry.id().toString());
                    ps.setString(2, id.toString());
                    ps.setString(3, entry.channel().name());
                    ps.setString(4, entry.purpose().name());
                    ps.setString(5, entry.status().name());
                    ps.setString(6, entry.statement());
                    ps.setString(7, entry.source());
                    ps.setDate(8, java.sql.Date.valueOf(entry.effectiveDate()));
                    ps.setTimestamp(9, Timestamp.from(entry.recordedAt()));
                    ps.setString(10, entry.recordedBy());
                    return ps.executeUpdate();
                });
        audit.record(
                ConstituentService.ENTITY,
                id.value(),
                "CONSENT_RECORDED",
                List.of(new FieldChange(
                        "consent." + entry.channel() + "." + entry.purpose(),
                        null,
                        entry.status().name())),
                entry.statement());
        return entry;
    }

    /** Every consent statement ever recorded, newest first. */
    @Transactional(readOnly = true)
    public List<ConsentEntry> ledger(ConstituentId id) {
        constituents.requireActive(id);
        return entries(id);
    }

    private List<ConsentEntry> entries(ConstituentId id) {
        return jdbc.prepareStatement(
                "SELECT id, channel, purpose, status, statement, source, effective_date, recorded_at, recorded_by"
                        + " FROM consent_records WHERE constituent_id = ? ORDER BY recorded_at DESC, id DESC",
                ps -> {
                    ps.setString(1, id.toString());
                    List<ConsentEntry> entries = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            entries.add(new ConsentEntry(
                                    UUID.fromString(rs.getString(1)),
                                    Channel.valueOf(rs.getString(2)),
                                    Purpose.valueOf(rs.getString(3)),
                                    Status.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getDate(7).toLocalDate(),
                                    rs.getTimestamp(8).toInstant(),
                                    rs.getString(9)));
                        }
                    }
                    return entries;
                });
    }

    /** The current choice for every channel and purpose, and whether outreach is allowed there. */
    @Transactional(readOnly = true)
    public ConsentSummary summary(ConstituentId id) {
        return summaryOf(constituents.get(id, false));
    }

    /** The summary of a constituent already loaded (the 360° view): one query, the ledger. */
    ConsentSummary summaryOf(ConstituentView c) {
        Map<String, ConsentEntry> latest = new LinkedHashMap<>();
        for (ConsentEntry e : entries(c.id())) {
            latest.putIfAbsent(e.channel() + "/" + e.purpose(), e);
        }
        List<ConsentState> states = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            for (Purpose purpose : Purpose.values()) {
                ConsentEntry e = latest.get(channel + "/" + purpose);
                states.add(new ConsentState(
                        channel,
                        purpose,
                        e == null ? null : e.status(),
                        e == null ? null : e.effectiveDate(),
                        decide(c, channel, purpose, e == null ? null : e.status())
                                .allowed()));
            }
        }
        return new ConsentSummary(c.deceased(), c.doNotContact(), c.doNotSolicit(), states);
    }

    /** May Steward contact this constituent on this channel for this purpose? Says why not. */
    @Transactional(readOnly = true)
    public Outreach outreach(ConstituentId id, Channel channel, Purpose purpose) {
        ConstituentView c = constituents.get(id, false);
        Status status = entries(id).stream()
                .filter(e -> e.channel() == channel && e.purpose() == purpose)
                .findFirst()
                .map(ConsentEntry::status)
                .orElse(null);
        return decide(c, channel, purpose, status);
    }

    Outreach decide(ConstituentView c, Channel channel, Purpose purpose, @Nullable Status status) {
        List<String> reasons = new ArrayList<>();
        if (c.deceased()) {
            reasons.add("DECEASED");
        }
        if (c.doNotContact()) {
            reasons.add("DO_NOT_CONTACT");
        }
        if (c.doNotSolicit() && purpose == Purpose.FUNDRAISING) {
            reasons.add("DO_NOT_SOLICIT");
        }
        if (status == Status.OPT_OUT) {
            reasons.add("OPTED_OUT");
        }
        if (status == null && optInRequired.contains(channel.name())) {
            reasons.add("NO_OPT_IN");
        }
        return new Outreach(reasons.isEmpty(), reasons);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
