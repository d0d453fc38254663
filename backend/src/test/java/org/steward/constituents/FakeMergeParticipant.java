package org.steward.constituents;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for another module's rows in merges: it records every call and returns made-up row ids. Active only
 * in tests that set {@code test.fake-merge-participant=true}, so other tests see no participant at all.
 */
@Singleton
@Requires(env = "test")
@Requires(property = "test.fake-merge-participant", value = "true")
class FakeMergeParticipant implements MergeParticipant {

    record Call(String what, ConstituentId duplicate, ConstituentId survivor, List<String> ids) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    volatile boolean failNextMove;

    @Override
    public String name() {
        return "fake-rows";
    }

    @Override
    public long countFor(ConstituentId duplicate, ConstituentId survivor) {
        calls.add(new Call("count", duplicate, survivor, List.of()));
        return 2;
    }

    @Override
    public List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        if (failNextMove) {
            failNextMove = false;
            throw new IllegalStateException("the fake participant failed on purpose");
        }
        List<String> ids = List.of("row-a-" + duplicate, "row-b-" + duplicate);
        calls.add(new Call("move", duplicate, survivor, ids));
        return ids;
    }

    @Override
    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        calls.add(new Call("undo", duplicate, survivor, List.copyOf(movedIds)));
    }
}
