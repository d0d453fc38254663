/** Wiring that belongs to no feature: start-up reporting and the API description. */
@FeatureModule(
        name = "platform",
        allowedDependencies = {"shared"},
        exposedPackages = "org.steward.platform")
package org.steward.platform;

import org.steward.shared.FeatureModule;
