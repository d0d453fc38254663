package org.steward.events;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Who is expected at the door and who came. Expected: REGISTERED, ATTENDED and NO_SHOW parties and their seats;
 * checked in: ATTENDED parties and their people (1 + the guests checked in).
 */
@Serdeable
public record AttendanceCounts(int expectedParties, int expectedPeople, int checkedInParties, int checkedInPeople) {}
