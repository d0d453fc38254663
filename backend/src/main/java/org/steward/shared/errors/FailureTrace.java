package org.steward.shared.errors;

/**
 * An exception as logs may show it: the classes down its cause chain, each with its top stack frames, and never a
 * message, which can quote personal data (an SQL value, an object's fields, an address).
 */
public final class FailureTrace {

    private static final int FRAMES = 25;
    private static final int CAUSES = 10;

    private FailureTrace() {}

    public static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable current = error;
        int depth = 0;
        while (current != null && depth++ < CAUSES) {
            text.append(depth == 1 ? "" : "caused by ")
                    .append(current.getClass().getName())
                    .append('\n');
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                text.append("    at ").append(frames[i]).append('\n');
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return text.toString();
    }
}
