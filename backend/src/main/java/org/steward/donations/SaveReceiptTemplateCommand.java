package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** A new receipt template, replacing the whole of the stored one if nobody changed it since {@code version}. */
public record SaveReceiptTemplateCommand(
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
        long version) {}
