@FeatureModule(
        name = "users",
        allowedDependencies = {"shared", "audit"},
        exposedPackages = "org.steward.users")
package org.steward.users;

import org.steward.shared.FeatureModule;
