@FeatureModule(
        name = "donations",
        allowedDependencies = {"shared", "audit", "constituents", "campaigns"},
        exposedPackages = "org.steward.donations")
package org.steward.donations;

import org.steward.shared.FeatureModule;
