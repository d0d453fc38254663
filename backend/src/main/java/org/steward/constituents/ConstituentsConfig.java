package org.steward.constituents;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Pattern;

/**
 * {@code app.constituents}: the organization's default country (ISO 3166-1 alpha-2), which phone numbers typed
 * without their country code are read against when the constituent has no address with a country (ADR 0027).
 */
@ConfigurationProperties("app.constituents")
public record ConstituentsConfig(@Bindable(defaultValue = "US") @Pattern(regexp = "[A-Z]{2}") String defaultCountry) {}
