package org.steward.reporting;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import org.steward.reporting.internal.Common;
import org.steward.reporting.internal.Report;
import org.steward.reporting.internal.ReportContext;

/**
 * A report that always fails, with a message quoting a name (which must never reach a log line, a run's error or an
 * email); only in test contexts that set {@code failing-report.enabled}.
 */
@Singleton
@Requires(property = "failing-report.enabled", value = "true")
public class FailingReport implements Report {

    static final String NAME = "test-failing";
    static final String SECRET = "Ada Lovelace owes 1,000,000";
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                NAME, "Failing report", "giving", "Always fails.", false, null, Common.parameters(context));
    }

    @Override
    public Computed compute(ReportParameters parameters, ReportContext context) {
        calls.incrementAndGet();
        throw new IllegalStateException(SECRET);
    }
}
