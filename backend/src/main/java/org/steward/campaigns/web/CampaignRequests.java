package org.steward.campaigns.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.campaigns.SaveAppealCommand;
import org.steward.campaigns.SaveCampaignCommand;
import org.steward.campaigns.SaveFundCommand;

/** Request bodies of the fund, campaign and appeal endpoints; {@code version} is required on PUT only. */
final class CampaignRequests {

    static final String CODE_PATTERN = "\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,39}\\s*";
    static final String DECIMAL_PATTERN = "\\s*-?[0-9]{1,17}(\\.[0-9]+)?\\s*";
    static final String DECIMAL_MESSAGE = "must be a decimal number written as a string, e.g. \"25.00\"";

    private CampaignRequests() {}

    @Serdeable
    record FundRequest(
            @NotNull @Pattern(regexp = CODE_PATTERN, message = "must be 1-40 letters, digits, '-' or '_'") String code,
            @NotBlank @Size(max = 200) String name,
            @Nullable Boolean restricted,
            @Nullable Boolean active,
            @Nullable Long version) {

        SaveFundCommand command() {
            return new SaveFundCommand(code, name, Boolean.TRUE.equals(restricted), active == null || active);
        }
    }

    @Serdeable
    record CampaignRequest(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Pattern(regexp = DECIMAL_PATTERN, message = DECIMAL_MESSAGE) String goal,
            @Nullable @Size(max = 3) String currency,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable UUID parentId,
            @Nullable Boolean active,
            @Nullable Long version) {

        SaveCampaignCommand command() {
            return new SaveCampaignCommand(
                    name, goal, currency, startDate, endDate, parentId, active == null || active);
        }
    }

    @Serdeable
    record AppealRequest(
            @NotNull UUID campaignId,
            @NotBlank @Size(max = 200) String name,
            @Nullable Boolean active,
            @Nullable Long version) {

        SaveAppealCommand command() {
            return new SaveAppealCommand(campaignId, name, active == null || active);
        }
    }

    static long requireVersion(@Nullable Long version) {
        if (version == null) {
            throw org.steward.shared.errors.InvalidInputException.of("version", "must not be null");
        }
        return version;
    }
}
