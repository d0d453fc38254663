package org.steward.users.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** {@code app.users.login}: how many failed sign-ins an account or an address may make per window. */
@ConfigurationProperties("app.users.login")
public record LoginConfig(
        @Bindable(defaultValue = "5") int maxFailuresPerAccount,
        @Bindable(defaultValue = "20") int maxFailuresPerAddress,
        @Bindable(defaultValue = "15m") Duration window) {}
