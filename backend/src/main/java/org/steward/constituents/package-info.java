@FeatureModule(
        name = "constituents",
        allowedDependencies = {"shared", "audit"},
        exposedPackages = "org.steward.constituents")
package org.steward.constituents;

import org.steward.shared.FeatureModule;
