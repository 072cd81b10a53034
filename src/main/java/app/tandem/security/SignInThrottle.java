package app.tandem.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, counted per user name and per network address over a sliding window: after
 * {@value #PER_USER} failures for one user (from any address) or {@value #PER_ADDRESS} from one
 * address (any user names) within 15 minutes, further attempts are refused until the oldest
 * failure leaves the window. A successful sign-in clears the user's count.
 */
public final class SignInThrottle {
    public static final int PER_USER = 5;
    public static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, if it must. */
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> user = wait(byUser.get(key(username)), PER_USER, now);
        Optional<Duration> addr = wait(byAddress.get(key(address)), PER_ADDRESS, now);
        if (user.isPresent() && addr.isPresent()) {
            return Optional.of(user.get().compareTo(addr.get()) > 0 ? user.get() : addr.get());
        }
        return user.isPresent() ? user : addr;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        add(byUser, key(username), now);
        add(byAddress, key(address), now);
    }

    public void succeeded(String username) {
        byUser.remove(key(username));
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private void add(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> q = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q, now);
            q.addLast(now);
        }
        // a bounded memory of attackers: forget keys whose failures have all left the window
        if (map.size() > 10_000) {
            map.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private static Optional<Duration> wait(Deque<Instant> q, int limit, Instant now) {
        if (q == null) {
            return Optional.empty();
        }
        synchronized (q) {
            prune(q, now);
            if (q.size() < limit) {
                return Optional.empty();
            }
            // refused until enough failures have left the window to fall below the limit
            Instant oldestThatCounts = q.stream().skip(q.size() - limit).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, oldestThatCounts.plus(WINDOW)));
        }
    }

    private static void prune(Deque<Instant> q, Instant now) {
        while (!q.isEmpty() && !q.peekFirst().isAfter(now.minus(WINDOW))) {
            q.removeFirst();
        }
    }
}
