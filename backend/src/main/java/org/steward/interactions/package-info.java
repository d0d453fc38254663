@FeatureModule(
        name = "interactions",
        allowedDependencies = {"shared", "audit", "constituents"},
        exposedPackages = "org.steward.interactions")
package org.steward.interactions;

import org.steward.shared.FeatureModule;
