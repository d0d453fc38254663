package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** The thank-you of a gift: how and when; recording it again replaces the earlier one. */
public record AcknowledgeGiftCommand(AcknowledgementMethod method, LocalDate acknowledgedOn, @Nullable String notes) {}
