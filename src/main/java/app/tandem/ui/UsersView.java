package app.tandem.ui;

import app.tandem.project.ProjectRepository;
import app.tandem.project.ProjectSummary;
import app.tandem.user.AppUser;
import app.tandem.user.Role;
import app.tandem.user.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Admins create users, give them roles and project membership, and reset passwords. */
@RolesAllowed("ADMIN")
@Route(value = "users", layout = MainLayout.class)
@PageTitle("Users · Tandem")
public class UsersView extends VerticalLayout {
    private final UserService users;
    private final ProjectRepository projects;
    private final Grid<AppUser> grid = new Grid<>();

    public UsersView(UserService users, ProjectRepository projects) {
        this.users = users;
        this.projects = projects;
        setSizeFull();
        grid.setId("users-grid");
        grid.addColumn(AppUser::username).setHeader(getTranslation("User"));
        grid.addColumn(u -> String.join(", ", u.roles().stream().sorted().map(r -> RoleLabels.of(this, r)).toList())).setHeader(getTranslation("Roles"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "active" : "disabled")).setHeader(getTranslation("State"));
        grid.addComponentColumn(u -> new Button(getTranslation("Edit"), e -> edit(u))).setHeader("");
        Button add = new Button(getTranslation("New user"), e -> create());
        add.setId("new-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("Users")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.all());
    }

    private void create() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("New user"));
        TextField name = new TextField(getTranslation("User name"));
        name.setId("new-user-name");
        PasswordField password = new PasswordField(getTranslation("Password (10+ characters)"));
        password.setId("new-user-password");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("Roles"), Role.values());
        roles.setItemLabelGenerator(r -> RoleLabels.of(this, r));
        roles.setId("new-user-roles");
        roles.setValue(Set.of(Role.TRANSLATOR));
        d.add(new VerticalLayout(name, password, roles));
        Button save = new Button(getTranslation("Create"), e -> {
            try {
                users.create(name.getValue().strip(), password.getValue(), roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
                d.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage(), 5000, Notification.Position.TOP_CENTER);
            }
        });
        save.setId("new-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("Cancel"), e -> d.close()), save);
        d.open();
    }

    private void edit(AppUser u) {
        Dialog d = new Dialog();
        d.setHeaderTitle("User " + u.username());
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("Roles"), Role.values());
        roles.setItemLabelGenerator(r -> RoleLabels.of(this, r));
        roles.setValue(u.roles());
        Checkbox enabled = new Checkbox(getTranslation("Active"), u.enabled());
        List<ProjectSummary> all = projects.findAllSummaries();
        CheckboxGroup<ProjectSummary> member = new CheckboxGroup<>(getTranslation("Projects"));
        member.setItems(all);
        member.setItemLabelGenerator(ProjectSummary::name);
        List<Long> current = users.projectsOf(u.id());
        member.setValue(Set.copyOf(all.stream().filter(p -> current.contains(p.id())).toList()));
        PasswordField reset = new PasswordField(getTranslation("New password (leave empty to keep)"));
        d.add(new VerticalLayout(roles, enabled, member, reset));
        Button save = new Button(getTranslation("Save"), e -> {
            try {
                users.update(u.id(), roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                        enabled.getValue(), member.getValue().stream().map(ProjectSummary::id).toList());
                if (!reset.getValue().isEmpty()) {
                    users.resetPassword(u.id(), reset.getValue());
                }
                d.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage(), 5000, Notification.Position.TOP_CENTER);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("Cancel"), e -> d.close()), save);
        d.open();
    }
}
