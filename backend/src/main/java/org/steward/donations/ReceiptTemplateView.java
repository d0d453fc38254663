package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The organization's receipt template. {@code logoPngBase64} is a PNG or JPEG in base64, or null.
 * {@code version} is 0 while the defaults have never been saved; a PUT sends the version it read.
 */
@Serdeable
public record ReceiptTemplateView(
        String organizationName,
        List<String> addressLines,
        @Nullable String charityRegistrationNumber,
        @Nullable String title,
        String signatoryName,
        @Nullable String signatoryTitle,
        @Nullable String signatureText,
        @Nullable String legalWording,
        @Nullable String footer,
        @Nullable String logoPngBase64,
        long version,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy) {}
