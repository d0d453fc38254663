/** Wiring that belongs to no feature: start-up reporting, the API description, the clustered scheduler. */
@FeatureModule(
        name = "platform",
        allowedDependencies = {"shared"},
        exposedPackages = "org.steward.platform")
package org.steward.platform;

import org.steward.shared.FeatureModule;
