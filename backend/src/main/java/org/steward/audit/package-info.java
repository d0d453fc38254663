@FeatureModule(
        name = "audit",
        allowedDependencies = {"shared"},
        exposedPackages = "org.steward.audit")
package org.steward.audit;

import org.steward.shared.FeatureModule;
