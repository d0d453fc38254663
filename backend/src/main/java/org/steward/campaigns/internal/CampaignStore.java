package org.steward.campaigns.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.steward.campaigns.AppealView;
import org.steward.campaigns.CampaignView;
import org.steward.campaigns.FundView;
import org.steward.shared.persistence.Sql;

/** Funds, campaigns and appeals in plain SQL; updates check the version they were read at. */
@Singleton
public class CampaignStore {

    private static final String FUND_COLUMNS =
            "id, code, name, restricted, active, version, created_at, created_by, updated_at, updated_by";
    private static final String CAMPAIGN_COLUMNS = "id, name, goal_amount, goal_currency, start_date, end_date,"
            + " parent_id, active, version, created_at, created_by, updated_at, updated_by";
    private static final String APPEAL_COLUMNS =
            "id, campaign_id, name, active, version, created_at, created_by, updated_at, updated_by";

    private final Sql sql;

    public CampaignStore(Sql sql) {
        this.sql = sql;
    }

    // funds

    public void insertFund(
            UUID id, String code, String name, boolean restricted, boolean active, Instant at, String by) {
        sql.update(
                "INSERT INTO funds (" + FUND_COLUMNS + ") VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                id,
                code,
                name,
                restricted,
                active,
                at,
                by,
                at,
                by);
    }

    public boolean updateFund(
            UUID id,
            long version,
            String code,
            String name,
            boolean restricted,
            boolean active,
            Instant at,
            String by) {
        return sql.update(
                        "UPDATE funds SET code = ?, name = ?, restricted = ?, active = ?, version = version + 1,"
                                + " updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
                        code,
                        name,
                        restricted,
                        active,
                        at,
                        by,
                        id,
                        version)
                == 1;
    }

    public Optional<FundView> fund(UUID id) {
        return sql.one("SELECT " + FUND_COLUMNS + " FROM funds WHERE id = ?", CampaignStore::fund, id);
    }

    public Optional<UUID> fundIdByCode(String code) {
        return sql.one("SELECT id FROM funds WHERE code = ?", rs -> Sql.uuid(rs, "id"), code);
    }

    public List<FundView> funds(boolean activeOnly) {
        return sql.list(
                "SELECT " + FUND_COLUMNS + " FROM funds" + (activeOnly ? " WHERE active = TRUE" : "")
                        + " ORDER BY code",
                CampaignStore::fund);
    }

    public List<FundView> funds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list(
                "SELECT " + FUND_COLUMNS + " FROM funds WHERE id IN (" + Sql.marks(ids.size()) + ")",
                CampaignStore::fund,
                ids.toArray());
    }

    private static FundView fund(ResultSet rs) throws SQLException {
        return new FundView(
                Sql.uuid(rs, "id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getBoolean("restricted"),
                rs.getBoolean("active"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    // campaigns

    public void insertCampaign(UUID id, CampaignRow row, Instant at, String by) {
        sql.update(
                "INSERT INTO campaigns (" + CAMPAIGN_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                id,
                row.name(),
                row.goal(),
                row.currency(),
                row.startDate(),
                row.endDate(),
                row.parentId(),
                row.active(),
                at,
                by,
                at,
                by);
    }

    public boolean updateCampaign(UUID id, long version, CampaignRow row, Instant at, String by) {
        return sql.update(
                        "UPDATE campaigns SET name = ?, goal_amount = ?, goal_currency = ?, start_date = ?,"
                                + " end_date = ?, parent_id = ?, active = ?, version = version + 1, updated_at = ?,"
                                + " updated_by = ? WHERE id = ? AND version = ?",
                        row.name(),
                        row.goal(),
                        row.currency(),
                        row.startDate(),
                        row.endDate(),
                        row.parentId(),
                        row.active(),
                        at,
                        by,
                        id,
                        version)
                == 1;
    }

    public Optional<CampaignView> campaign(UUID id) {
        return sql.one("SELECT " + CAMPAIGN_COLUMNS + " FROM campaigns WHERE id = ?", CampaignStore::campaign, id);
    }

    public List<CampaignView> campaigns(boolean activeOnly) {
        return sql.list(
                "SELECT " + CAMPAIGN_COLUMNS + " FROM campaigns" + (activeOnly ? " WHERE active = TRUE" : "")
                        + " ORDER BY name, id",
                CampaignStore::campaign);
    }

    /** A campaign's values as stored; the goal already checked. */
    public record CampaignRow(
            String name,
            BigDecimal goal,
            String currency,
            java.time.LocalDate startDate,
            java.time.LocalDate endDate,
            UUID parentId,
            boolean active) {}

    private static CampaignView campaign(ResultSet rs) throws SQLException {
        BigDecimal goal = rs.getBigDecimal("goal_amount");
        return new CampaignView(
                Sql.uuid(rs, "id"),
                rs.getString("name"),
                goal == null ? null : goal.setScale(2).toPlainString(),
                rs.getString("goal_currency"),
                Sql.date(rs, "start_date"),
                Sql.date(rs, "end_date"),
                Sql.uuid(rs, "parent_id"),
                rs.getBoolean("active"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    // appeals

    public void insertAppeal(UUID id, UUID campaignId, String name, boolean active, Instant at, String by) {
        sql.update(
                "INSERT INTO appeals (" + APPEAL_COLUMNS + ") VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)",
                id,
                campaignId,
                name,
                active,
                at,
                by,
                at,
                by);
    }

    public boolean updateAppeal(
            UUID id, long version, UUID campaignId, String name, boolean active, Instant at, String by) {
        return sql.update(
                        "UPDATE appeals SET campaign_id = ?, name = ?, active = ?, version = version + 1,"
                                + " updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
                        campaignId,
                        name,
                        active,
                        at,
                        by,
                        id,
                        version)
                == 1;
    }

    public Optional<AppealView> appeal(UUID id) {
        return sql.one("SELECT " + APPEAL_COLUMNS + " FROM appeals WHERE id = ?", CampaignStore::appeal, id);
    }

    public List<AppealView> appeals(UUID campaignId, boolean activeOnly) {
        String where = (campaignId == null ? " WHERE 1 = 1" : " WHERE campaign_id = ?")
                + (activeOnly ? " AND active = TRUE" : "");
        Object[] params = campaignId == null ? new Object[0] : new Object[] {campaignId};
        return sql.list(
                "SELECT " + APPEAL_COLUMNS + " FROM appeals" + where + " ORDER BY name, id",
                CampaignStore::appeal,
                params);
    }

    private static AppealView appeal(ResultSet rs) throws SQLException {
        return new AppealView(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "campaign_id"),
                rs.getString("name"),
                rs.getBoolean("active"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
