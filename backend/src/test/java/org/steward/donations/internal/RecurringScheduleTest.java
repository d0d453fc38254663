package org.steward.donations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.donations.RecurringFrequency;
import org.steward.donations.RecurringGiftClosure;
import org.steward.donations.RecurringGiftStatus;

class RecurringScheduleTest {

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    static RecurringSchedule schedule(RecurringFrequency f, int every, Integer day, String start) {
        return new RecurringSchedule(f, every, day, d(start), null, null);
    }

    static List<LocalDate> first(RecurringSchedule s, int count) {
        return s.dates(s.startOn(), count, List.of()).dates().subList(0, count);
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShorterMonths() {
        assertThat(first(schedule(RecurringFrequency.MONTHLY, 1, 31, "2027-01-31"), 5))
                .containsExactly(d("2027-01-31"), d("2027-02-28"), d("2027-03-31"), d("2027-04-30"), d("2027-05-31"));
        assertThat(first(schedule(RecurringFrequency.MONTHLY, 1, 31, "2028-01-15"), 2))
                .containsExactly(d("2028-01-31"), d("2028-02-29"));
    }

    @Test
    void theFirstDateIsTheFirstOnOrAfterTheStart() {
        assertThat(first(schedule(RecurringFrequency.MONTHLY, 1, 5, "2027-01-20"), 2))
                .containsExactly(d("2027-02-05"), d("2027-03-05"));
        assertThat(first(schedule(RecurringFrequency.MONTHLY, 1, null, "2027-01-20"), 2))
                .containsExactly(d("2027-01-20"), d("2027-02-20"));
    }

    @Test
    void everyNWeeksQuartersAndYears() {
        assertThat(first(schedule(RecurringFrequency.WEEKLY, 2, null, "2027-01-04"), 3))
                .containsExactly(d("2027-01-04"), d("2027-01-18"), d("2027-02-01"));
        assertThat(first(schedule(RecurringFrequency.QUARTERLY, 1, 15, "2027-01-01"), 3))
                .containsExactly(d("2027-01-15"), d("2027-04-15"), d("2027-07-15"));
        assertThat(first(schedule(RecurringFrequency.YEARLY, 1, null, "2028-02-29"), 3))
                .containsExactly(d("2028-02-29"), d("2029-02-28"), d("2030-02-28"));
        assertThat(first(schedule(RecurringFrequency.MONTHLY, 2, 1, "2027-11-01"), 3))
                .containsExactly(d("2027-11-01"), d("2028-01-01"), d("2028-03-01"));
    }

    @Test
    void endDateAndNumberOfPaymentsStopTheSchedule() {
        var byEnd = new RecurringSchedule(RecurringFrequency.MONTHLY, 1, null, d("2027-01-10"), d("2027-03-10"), null);
        var dates = byEnd.dates(d("2030-01-01"), 0, List.of());
        assertThat(dates.dates()).containsExactly(d("2027-01-10"), d("2027-02-10"), d("2027-03-10"));
        assertThat(dates.exhausted()).isTrue();
        var byCount = new RecurringSchedule(RecurringFrequency.WEEKLY, 1, null, d("2027-01-04"), null, 2);
        assertThat(byCount.dates(d("2030-01-01"), 0, List.of()).dates()).hasSize(2);
    }

    @Test
    void pausedDatesAreNotExpectedAndAnOpenPauseStopsThem() {
        var s = schedule(RecurringFrequency.MONTHLY, 1, null, "2027-01-10");
        var closed = List.of(new RecurringSchedule.Pause(d("2027-02-01"), d("2027-04-01")));
        assertThat(s.dates(d("2027-05-31"), 0, closed).dates())
                .containsExactly(d("2027-01-10"), d("2027-04-10"), d("2027-05-10"));
        var open = List.of(new RecurringSchedule.Pause(d("2027-02-01"), null));
        var dates = s.dates(d("2027-05-31"), 10, open);
        assertThat(dates.dates()).containsExactly(d("2027-01-10"));
        assertThat(dates.exhausted()).isFalse();
    }

    @Test
    void badSchedulesAreRefused() {
        assertThatThrownBy(() -> schedule(RecurringFrequency.MONTHLY, 0, null, "2027-01-01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule(RecurringFrequency.WEEKLY, 1, 3, "2027-01-01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule(RecurringFrequency.MONTHLY, 1, 32, "2027-01-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // standing

    static RecurringStanding.Standing standing(
            RecurringSchedule s, int paid, int writtenOff, String today, List<RecurringSchedule.Pause> pauses) {
        return RecurringStanding.derive(
                new RecurringStanding.Inputs(s, 0, pauses, paid, writtenOff, false, d(today), 5, 2));
    }

    @Test
    void missedDatesCountAfterTheGraceAndTwoInARowLapse() {
        var s = schedule(RecurringFrequency.MONTHLY, 1, null, "2027-01-10");
        var onTime = standing(s, 1, 0, "2027-02-14", List.of());
        assertThat(onTime.status()).isEqualTo(RecurringGiftStatus.ACTIVE);
        assertThat(onTime.missedNow()).isZero();
        assertThat(onTime.nextExpectedOn()).isEqualTo(d("2027-02-10"));
        assertThat(onTime.expectedToDate()).isEqualTo(2);

        var oneMissed = standing(s, 1, 0, "2027-02-16", List.of());
        assertThat(oneMissed.missedNow()).isEqualTo(1);
        assertThat(oneMissed.status()).isEqualTo(RecurringGiftStatus.ACTIVE);

        var lapsed = standing(s, 1, 0, "2027-03-16", List.of());
        assertThat(lapsed.missedNow()).isEqualTo(2);
        assertThat(lapsed.status()).isEqualTo(RecurringGiftStatus.LAPSED);

        var writtenOff = standing(s, 2, 2, "2027-03-16", List.of());
        assertThat(writtenOff.status()).isEqualTo(RecurringGiftStatus.ACTIVE);
        assertThat(writtenOff.missedTotal()).isEqualTo(2);
        assertThat(writtenOff.nextExpectedOn()).isEqualTo(d("2027-05-10"));
    }

    @Test
    void aPauseCoveringTodayPausesAndAFinishedScheduleCloses() {
        var s = schedule(RecurringFrequency.MONTHLY, 1, null, "2027-01-10");
        var pauses = List.of(new RecurringSchedule.Pause(d("2027-02-01"), null));
        var paused = standing(s, 1, 0, "2027-06-01", pauses);
        assertThat(paused.status()).isEqualTo(RecurringGiftStatus.PAUSED);
        assertThat(paused.missedNow()).isZero();

        var three = new RecurringSchedule(RecurringFrequency.MONTHLY, 1, null, d("2027-01-10"), null, 3);
        var completed = standing(three, 3, 0, "2027-03-11", List.of());
        assertThat(completed.status()).isEqualTo(RecurringGiftStatus.CLOSED);
        assertThat(completed.closure()).isEqualTo(RecurringGiftClosure.COMPLETED);
        var ended = standing(three, 2, 0, "2027-04-01", List.of());
        assertThat(ended.closure()).isEqualTo(RecurringGiftClosure.ENDED);
        assertThat(ended.missedTotal()).isEqualTo(1);
        var lastStillDue = standing(three, 2, 0, "2027-03-12", List.of());
        assertThat(lastStillDue.status()).isEqualTo(RecurringGiftStatus.ACTIVE);
    }
}
