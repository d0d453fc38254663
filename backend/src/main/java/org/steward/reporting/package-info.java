/**
 * Reporting: the fundraising metrics with their published definitions (docs/adr/0022-report-definitions.md), read
 * from the giving aggregates that donations keeps in each gift's transaction, rendered to Excel and PDF through the
 * {@code reports} library, and delivered on Quartz schedules.
 */
@FeatureModule(
        name = "reporting",
        allowedDependencies = {"shared", "audit", "constituents", "campaigns", "donations", "events"},
        exposedPackages = "org.steward.reporting")
package org.steward.reporting;

import org.steward.shared.FeatureModule;
