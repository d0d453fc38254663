package org.steward.shared.errors;

/**
 * A failure the user can act on. Each carries a stable {@code code} (listed in docs/problems.md) that clients key
 * on, a short title and a detail safe to show. {@code shared.web} turns it into an application/problem+json
 * response; domain code never builds HTTP responses itself.
 */
public abstract class StewardException extends RuntimeException {

    private final String code;
    private final String title;

    protected StewardException(String code, String title, String detail) {
        super(detail);
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The HTTP status this kind of failure maps to. */
    public abstract int status();

    /**
     * Extra members of the problem document (RFC 9457 extension members), e.g. where a merged record went. Values
     * must be plain JSON values (strings, numbers, booleans) and never personal data.
     */
    public java.util.Map<String, Object> extensions() {
        return java.util.Map.of();
    }

    /** How long the caller should wait before sending the request again (a Retry-After header), if it should. */
    public java.time.Duration retryAfter() {
        return null;
    }
}
