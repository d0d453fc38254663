package org.steward.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code app.events}: how long freed seats offered to someone on the waitlist are held for them before the offer
 * expires and the seats go to the next in line ({@code offer-hold}, e.g. {@code 48h}); how many public sign-ups one
 * client address may send per {@code public-sign-up-window} ({@code public-sign-ups-per-address}, ADR 0018).
 */
@ConfigurationProperties("app.events")
public record EventsConfig(
        @Bindable(defaultValue = "48h") @NotNull Duration offerHold,
        @Bindable(defaultValue = "10") @Min(1) int publicSignUpsPerAddress,
        @Bindable(defaultValue = "1h") @NotNull Duration publicSignUpWindow) {}
