@FeatureModule(name = "shared", exposedPackages = "org.steward.shared..")
package org.steward.shared;
