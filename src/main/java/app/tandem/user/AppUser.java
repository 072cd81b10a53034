package app.tandem.user;

import java.util.Set;

public record AppUser(long id, String username, Set<Role> roles, boolean enabled) {
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
