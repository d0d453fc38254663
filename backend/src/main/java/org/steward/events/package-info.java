/**
 * Events: their ticket types and custom questions, and registrations of constituents with guests, a waitlist and
 * offers of freed seats (docs/adr/0017-event-capacity-and-waitlist.md).
 */
@FeatureModule(
        name = "events",
        allowedDependencies = {"shared", "audit", "constituents", "campaigns", "donations"},
        exposedPackages = "org.steward.events")
package org.steward.events;

import org.steward.shared.FeatureModule;
