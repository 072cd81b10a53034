package app.tandem.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens for the REST API: created, listed and revoked per user. The token itself
 * is shown once, at creation; the database keeps its SHA-256 and a short prefix to tell tokens apart.
 */
@Service
public class ApiTokenService {
    /** Marks Tandem tokens so a leaked one is recognisable (as GitHub's "ghp_"). */
    static final String PREFIX = "tdm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record TokenInfo(long id, String label, String prefix, LocalDateTime createdAt, LocalDateTime lastUsedAt,
                            LocalDateTime revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    public record Created(TokenInfo info, String token) {
    }

    private final JdbcClient jdbc;
    private final UserRepository users;

    public ApiTokenService(JdbcClient jdbc, UserRepository users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A new token for the signed-in user. */
    public Created createForMe(String label) {
        return create(CurrentUser.get().username(), label);
    }

    /** A new token for {@code username}: the command line (the machine's operator) or the user themself. */
    public Created create(String username, String label) {
        CurrentUser.signedIn().ifPresent(actor -> {
            if (!actor.username().equals(username) && !actor.has(Role.ADMIN)) {
                throw new org.springframework.security.access.AccessDeniedException(actor.username() + " may not create tokens for " + username);
            }
        });
        AppUser user = users.find(username).filter(AppUser::enabled)
                .orElseThrow(() -> new IllegalArgumentException("no enabled user named '" + username + "'"));
        String clean = label == null || label.isBlank() ? "token" : label.strip();
        if (clean.length() > 200) {
            throw new IllegalArgumentException("a token label has at most 200 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, 10);
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("INSERT INTO api_token(user_id, label, token_hash, token_prefix, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(user.id(), clean, hash(token), prefix, now).update();
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?").param(hash(token)).query(Long.class).single();
        return new Created(new TokenInfo(id, clean, prefix, now, null, null), token);
    }

    /** The signed-in user's tokens, newest first, revoked ones included (greyed out in the UI). */
    public List<TokenInfo> mine() {
        return jdbc.sql("""
                        SELECT t.* FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ?
                        ORDER BY t.created_at DESC, t.id DESC""")
                .param(CurrentUser.get().username())
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("label"), rs.getString("token_prefix"),
                        time(rs.getTimestamp("created_at")), time(rs.getTimestamp("last_used_at")), time(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the signed-in user's tokens (admins may revoke anyone's). */
    public void revoke(long tokenId) {
        CurrentUser.Actor actor = CurrentUser.get();
        String owner = jdbc.sql("SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.id = ?")
                .param(tokenId).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no token #" + tokenId));
        if (!owner.equals(actor.username()) && !actor.has(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException(actor.username() + " may not revoke " + owner + "'s tokens");
        }
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL").params(LocalDateTime.now(), tokenId).update();
    }

    /** The enabled user a presented token belongs to, if it is a live token. */
    public Optional<AppUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String h = hash(token);
        record Live(long userId, LocalDateTime lastUsed) {
        }
        Optional<Live> live = jdbc.sql("SELECT user_id, last_used_at FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")
                .param(h).query((rs, n) -> new Live(rs.getLong(1), time(rs.getTimestamp(2)))).optional();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        // "last used" to the minute: not a write on every request of a busy script
        LocalDateTime now = LocalDateTime.now();
        if (live.get().lastUsed() == null || live.get().lastUsed().isBefore(now.minusMinutes(1))) {
            jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?").params(now, h).update();
        }
        return users.findById(live.get().userId()).filter(AppUser::enabled);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime time(java.sql.Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
