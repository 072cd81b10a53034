package app.tandem.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {
    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveFailuresForOneUserPauseThatUserFromEveryAddressUntilTheWindowPasses() {
        for (int i = 0; i < SignInThrottle.PER_USER - 1; i++) {
            throttle.failed("anna", "10.0.0." + i);
            now = now.plusSeconds(60);
        }
        assertThat(throttle.refusal("anna", "10.0.0.9")).isEmpty();
        throttle.failed("Anna", "10.0.0.9");
        assertThat(throttle.refusal("anna", "192.168.1.1")).hasValueSatisfying(d -> assertThat(d).isEqualTo(Duration.ofMinutes(11)));
        assertThat(throttle.refusal("boris", "10.0.0.9")).isEmpty();
        now = now.plus(Duration.ofMinutes(11));
        assertThat(throttle.refusal("anna", "10.0.0.9")).isEmpty();
    }

    @Test
    void oneAddressTryingManyNamesIsPausedAndASuccessClearsOnlyThatUser() {
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.refusal("someone-new", "203.0.113.7")).isPresent();
        assertThat(throttle.refusal("someone-new", "198.51.100.1")).isEmpty();

        for (int i = 0; i < SignInThrottle.PER_USER; i++) {
            throttle.failed("carl", "198.51.100.2");
        }
        assertThat(throttle.refusal("carl", "198.51.100.2")).isPresent();
        throttle.succeeded("carl");
        assertThat(throttle.refusal("carl", "198.51.100.2")).isEmpty();
    }
}
