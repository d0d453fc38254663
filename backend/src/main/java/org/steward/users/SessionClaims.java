package org.steward.users;

/**
 * Claims a sign-in token carries beyond the standard ones. {@link #GENERATION} is the user's session generation at
 * sign-in: disabling the user, changing their roles or password moves it on, and a token is good only while it
 * still equals the user's (docs/adr/0006). {@link #SESSION} names the sign-in, so a password change can keep the
 * session that made it.
 */
public final class SessionClaims {

    public static final String GENERATION = "sgen";
    public static final String SESSION = "sid";

    private SessionClaims() {}
}
