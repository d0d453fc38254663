package org.steward.platform.scheduling;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.web.UnexpectedErrorHandler;

/** How a job's run is logged: its duration, or its failure without exception messages (they can quote personal data). */
final class JobRuns {

    private static final Logger LOG = LoggerFactory.getLogger(JobRuns.class);

    private JobRuns() {}

    static void run(String what, Runnable body) {
        long start = System.nanoTime();
        try {
            body.run();
            LOG.info("Ran {} in {} ms", what, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException failure) {
            LOG.error(
                    "{} failed after {} ms; it runs again at its next time:\n{}",
                    what,
                    (System.nanoTime() - start) / 1_000_000,
                    UnexpectedErrorHandler.describe(failure));
        }
    }

    static void ensureUnique(List<String> names, String kind) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank() || name.length() > 150) {
                throw new IllegalStateException("A " + kind + " needs a name of 1 to 150 characters: " + name);
            }
            if (!seen.add(name)) {
                throw new IllegalStateException("Two " + kind + "s are named " + name);
            }
        }
    }
}
