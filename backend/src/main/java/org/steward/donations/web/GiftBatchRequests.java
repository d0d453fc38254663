package org.steward.donations.web;

import static org.steward.donations.web.GiftRequests.CURRENCY;
import static org.steward.donations.web.GiftRequests.CURRENCY_MESSAGE;
import static org.steward.donations.web.GiftRequests.DECIMAL;
import static org.steward.donations.web.GiftRequests.DECIMAL_MESSAGE;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.donations.GiftBatchCommands.CreateGiftBatchCommand;
import org.steward.donations.GiftBatchCommands.GiftBatchRowCommand;
import org.steward.donations.GiftBatchService;

/** Request bodies of the gift batch endpoints; amounts are decimal strings as for gifts. */
final class GiftBatchRequests {

    private GiftBatchRequests() {}

    @Serdeable
    record CreateBatchRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String currency,
            @NotNull @Min(1) @Max(GiftBatchService.MAX_ROWS) Integer expectedCount,
            @NotNull @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String expectedTotal) {

        CreateGiftBatchCommand command() {
            return new CreateGiftBatchCommand(name, currency, expectedCount, expectedTotal);
        }
    }

    @Serdeable
    record BatchRowRequest(
            @NotNull UUID constituentId,
            @NotNull @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount,
            @Nullable @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String currency,
            @NotNull LocalDate receivedOn,
            @Nullable @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String exchangeRate,
            @Nullable LocalDate exchangeRateDate,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable @Size(max = 40) String paymentMethod,
            @Nullable @Size(max = 200) String reference,
            @Nullable Boolean anonymous,
            @Nullable @Size(max = 10_000) String notes) {

        GiftBatchRowCommand command() {
            return new GiftBatchRowCommand(
                    constituentId,
                    amount,
                    currency,
                    receivedOn,
                    exchangeRate,
                    exchangeRateDate,
                    fundId,
                    campaignId,
                    appealId,
                    paymentMethod,
                    reference,
                    Boolean.TRUE.equals(anonymous),
                    notes);
        }
    }
}
