package org.steward.donations.internal;

import java.time.LocalDate;
import java.util.List;
import org.steward.donations.RecurringGiftClosure;
import org.steward.donations.RecurringGiftStatus;

/**
 * Where a recurring gift stands on a given day, derived from its schedule and counters alone (ADR 0014), so a
 * payment, a change and the daily task all reach the same answer, and running it twice changes nothing.
 *
 * <p>Expected dates are numbered from 0: first the {@code prior} dates expected under earlier schedules (all in the
 * past), then the current schedule's dates. Payments cover them in order: the next payment covers the date at
 * {@code cursor = paid + writtenOff}. A date not covered and more than {@code graceDays} days old is missed; a
 * lapsed gift that is paid again has its missed dates written off (still counted as missed), so the payment
 * covers the next date to come and the gift is active again.
 */
public final class RecurringStanding {

    /** How many dates after the next one to compute, for the schedule shown on the page. */
    public static final int UPCOMING = 6;

    private RecurringStanding() {}

    public record Inputs(
            RecurringSchedule schedule,
            int prior,
            List<RecurringSchedule.Pause> pauses,
            int paid,
            int writtenOff,
            boolean closedByUser,
            LocalDate today,
            int graceDays,
            int lapseAfterMissed) {

        int cursor() {
            return paid + writtenOff;
        }
    }

    /**
     * @param missedNow dates not covered and past their grace, after the cursor (they would be written off by a
     *     payment of a lapsed gift)
     * @param missedTotal {@code missedNow} plus those written off
     * @param expectedToDate dates expected up to today (prior ones included)
     * @param nextExpectedOn the date the next payment will cover (may be past: it is overdue), null if none
     * @param dates the current schedule's dates computed (up to today, and a few to come)
     */
    public record Standing(
            RecurringGiftStatus status,
            RecurringGiftClosure closure,
            int missedNow,
            int missedTotal,
            int expectedToDate,
            LocalDate nextExpectedOn,
            List<LocalDate> dates) {}

    public static Standing derive(Inputs in) {
        int cursor = in.cursor();
        int prior = in.prior();
        RecurringSchedule.Dates computed =
                in.schedule().dates(in.today(), Math.max(0, cursor - prior) + 1 + UPCOMING, in.pauses());
        List<LocalDate> dates = computed.dates();
        LocalDate overdue = in.today().minusDays(in.graceDays());
        int missedNow = Math.max(0, prior - cursor);
        int expectedToDate = prior;
        for (int j = 0; j < dates.size(); j++) {
            LocalDate date = dates.get(j);
            if (!date.isAfter(in.today())) {
                expectedToDate++;
            }
            if (prior + j >= cursor && date.isBefore(overdue)) {
                missedNow++;
            }
        }
        int next = cursor - prior;
        LocalDate nextExpectedOn = next >= 0 && next < dates.size() ? dates.get(next) : null;
        int total = prior + dates.size();

        RecurringGiftStatus status;
        RecurringGiftClosure closure = null;
        if (in.closedByUser()) {
            status = RecurringGiftStatus.CLOSED;
            closure = RecurringGiftClosure.BY_USER;
        } else if (in.pauses().stream().anyMatch(p -> p.covers(in.today()))) {
            status = RecurringGiftStatus.PAUSED;
        } else if (computed.exhausted() && cursor >= total) {
            status = RecurringGiftStatus.CLOSED;
            closure = RecurringGiftClosure.COMPLETED;
        } else if (computed.exhausted()
                && (dates.isEmpty() || dates.get(dates.size() - 1).isBefore(overdue))) {
            status = RecurringGiftStatus.CLOSED;
            closure = RecurringGiftClosure.ENDED;
        } else if (missedNow >= in.lapseAfterMissed()) {
            status = RecurringGiftStatus.LAPSED;
        } else {
            status = RecurringGiftStatus.ACTIVE;
        }
        if (status == RecurringGiftStatus.CLOSED) {
            nextExpectedOn = null;
        }
        return new Standing(
                status, closure, missedNow, in.writtenOff() + missedNow, expectedToDate, nextExpectedOn, dates);
    }
}
