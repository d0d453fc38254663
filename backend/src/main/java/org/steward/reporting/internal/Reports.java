package org.steward.reporting.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The donor-status reports, one bean each. */
@Factory
class Reports {

    @Singleton
    @Named("lybunt")
    Report lybunt() {
        return new DonorStatusReport(DonorStatusReport.Variant.LYBUNT);
    }

    @Singleton
    @Named("sybunt")
    Report sybunt() {
        return new DonorStatusReport(DonorStatusReport.Variant.SYBUNT);
    }

    @Singleton
    @Named("sybunt-incl-ly")
    Report sybuntInclLy() {
        return new DonorStatusReport(DonorStatusReport.Variant.SYBUNT_INCL_LY);
    }

    @Singleton
    @Named("new-donors")
    Report newDonors() {
        return new DonorStatusReport(DonorStatusReport.Variant.NEW);
    }

    @Singleton
    @Named("recaptured-donors")
    Report recaptured() {
        return new DonorStatusReport(DonorStatusReport.Variant.RECAPTURED);
    }
}
