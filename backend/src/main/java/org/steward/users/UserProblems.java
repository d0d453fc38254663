package org.steward.users;

import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.NotFoundException;

/** The users module's failures, each with its stable code (see docs/problems.md). */
public final class UserProblems {

    private UserProblems() {}

    public static NotFoundException notFound(Object id) {
        return new NotFoundException("users.not-found", "User not found", "No user has id " + id + ".");
    }

    public static ConflictException usernameTaken(String username) {
        return new ConflictException(
                "users.username-taken", "Username taken", "Another user already has the username '" + username + "'.");
    }

    public static BusinessRuleException lastAdmin() {
        return new BusinessRuleException(
                "users.last-admin",
                "The last administrator must stay",
                "This change would leave Steward with no enabled administrator.");
    }

    public static BusinessRuleException cannotDisableSelf() {
        return new BusinessRuleException(
                "users.cannot-disable-self", "You cannot disable yourself", "Ask another administrator to do it.");
    }

    public static BusinessRuleException wrongCurrentPassword() {
        return new BusinessRuleException(
                "users.wrong-current-password",
                "Current password is wrong",
                "The current password you gave is not right.");
    }

    public static BusinessRuleException weakPassword() {
        return new BusinessRuleException(
                "users.weak-password",
                "Password too weak",
                "A password needs at least " + PasswordPolicy.MIN_LENGTH + " characters and at most "
                        + PasswordPolicy.MAX_LENGTH + ".");
    }

    public static BusinessRuleException unknownRole(String role) {
        return new BusinessRuleException("users.unknown-role", "Unknown role", "There is no role '" + role + "'.");
    }
}
