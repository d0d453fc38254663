package org.steward.users;

/** Length is what matters (NIST SP 800-63B): at least 12 characters, no composition rules. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static boolean isAcceptable(String password) {
        return password != null
                && password.codePointCount(0, password.length()) >= MIN_LENGTH
                && password.length() <= MAX_LENGTH;
    }
}
