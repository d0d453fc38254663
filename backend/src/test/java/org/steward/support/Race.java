package org.steward.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Two requests released at the same moment, for tests of what happens when two clients write the same record. */
public final class Race {

    private Race() {}

    /** Sends both requests at once (two threads held at a barrier until both are ready); replies in that order. */
    public static List<Api.Reply> together(Supplier<Api.Reply> first, Supplier<Api.Reply> second) {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Reply> a = threads.submit(released(start, first));
            Future<Api.Reply> b = threads.submit(released(start, second));
            return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a racing request failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Asserts that exactly one of two updates of the same version won (200) and the other was refused as stale (409
     * {@code common.stale-version}); returns the winner's index.
     */
    public static int oneWinsOneIsStale(List<Api.Reply> replies) {
        assertThat(replies)
                .as("two updates of one version: exactly one 200 and one 409, got %s", replies)
                .extracting(Api.Reply::status)
                .containsExactlyInAnyOrder(200, 409);
        int winner = replies.get(0).status() == 200 ? 0 : 1;
        assertProblem(replies.get(1 - winner), 409, "common.stale-version");
        return winner;
    }

    private static Callable<Api.Reply> released(CyclicBarrier start, Supplier<Api.Reply> request) {
        return () -> {
            start.await(30, TimeUnit.SECONDS);
            return request.get();
        };
    }
}
