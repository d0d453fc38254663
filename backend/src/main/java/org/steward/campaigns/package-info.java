@FeatureModule(
        name = "campaigns",
        allowedDependencies = {"shared", "audit"},
        exposedPackages = "org.steward.campaigns")
package org.steward.campaigns;

import org.steward.shared.FeatureModule;
