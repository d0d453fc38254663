/**
 * Relationships between constituents (employee of, spouse of, board member of, ...), their types, the view from
 * one constituent's side, and the network around a constituent.
 */
@FeatureModule(
        name = "relationships",
        allowedDependencies = {"shared", "audit", "constituents"},
        exposedPackages = "org.steward.relationships")
package org.steward.relationships;

import org.steward.shared.FeatureModule;
