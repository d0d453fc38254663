package org.steward.users;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.steward.shared.errors.TooManyRequestsException;
import org.steward.users.internal.LoginConfig;
import org.steward.users.internal.LoginThrottle;

class LoginThrottleTest {

    final LoginThrottle throttle = new LoginThrottle(new LoginConfig(3, 5, Duration.ofMinutes(15)));

    @Test
    void pausesAnAccountAfterItsFailuresAndNotOthers() {
        for (int i = 0; i < 3; i++) {
            throttle.check("jane", "10.0.0.1");
            throttle.failed("jane", "10.0.0.1");
        }

        assertThatThrownBy(() -> throttle.check("jane", "10.0.0.2"))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((TooManyRequestsException) e).retryAfter())
                        .isPositive());
        assertThatCode(() -> throttle.check("john", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void pausesAnAddressThatSpraysManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }

        assertThatThrownBy(() -> throttle.check("fresh", "10.0.0.9")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void successClearsTheAccountsFailures() {
        throttle.failed("jane", "10.0.0.1");
        throttle.failed("jane", "10.0.0.1");
        throttle.succeeded("jane");
        throttle.failed("jane", "10.0.0.1");
        throttle.failed("jane", "10.0.0.1");

        assertThatCode(() -> throttle.check("jane", "10.0.0.1")).doesNotThrowAnyException();
    }
}
