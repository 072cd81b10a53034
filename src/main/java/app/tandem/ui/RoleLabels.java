package app.tandem.ui;

import app.tandem.user.Role;
import com.vaadin.flow.component.Component;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Roles and glossary statuses as people read them, in the interface's language (the enum names are for the API). */
public final class RoleLabels {
    private RoleLabels() {
    }

    public static String of(Component c, Role role) {
        return c.getTranslation(switch (role) {
            case TRANSLATOR -> "Translator";
            case REVIEWER -> "Reviewer";
            case ADMIN -> "Administrator";
        });
    }

    /** Names such as "ADMIN" or "ROLE_ADMIN" (Spring's authorities); other names as they are. */
    public static String ofNames(Component c, Collection<String> names) {
        return names.stream().map(n -> n.startsWith("ROLE_") ? n.substring(5) : n).sorted().map(n -> {
            try {
                return of(c, Role.valueOf(n));
            } catch (IllegalArgumentException e) {
                return n;
            }
        }).collect(Collectors.joining(", "));
    }

    /** A glossary or names-list entry's status. */
    public static String status(Component c, String status) {
        if (status == null) {
            return "";
        }
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "APPROVED" -> c.getTranslation("approved");
            case "PROPOSED" -> c.getTranslation("proposed");
            default -> status.toLowerCase(Locale.ROOT);
        };
    }
}
