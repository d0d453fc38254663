/**
 * Events: their ticket types and custom questions, and registrations of constituents with guests, a waitlist and
 * offers of freed seats (docs/adr/0017-event-capacity-and-waitlist.md), check-in at the door, and their entries in
 * the constituent's interaction timeline (docs/adr/0019-check-in-at-the-door.md).
 */
@FeatureModule(
        name = "events",
        allowedDependencies = {"shared", "audit", "constituents", "campaigns", "donations", "interactions"},
        exposedPackages = "org.steward.events")
package org.steward.events;

import org.steward.shared.FeatureModule;
