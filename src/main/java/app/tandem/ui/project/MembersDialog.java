package app.tandem.ui.project;

import app.tandem.project.ProjectMembers;
import app.tandem.review.ReviewService;
import app.tandem.ui.RoleLabels;
import app.tandem.ui.UiErrorHandling;
import app.tandem.user.AppUser;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;
import java.util.function.Supplier;

/**
 * Who works in the project. A project is private to its creator, its members and admins; reviewers
 * add and remove members here, and only an admin opens a project to every user.
 */
public class MembersDialog extends com.vaadin.flow.component.dialog.Dialog {
    private final ProjectMembers members;
    private final Supplier<List<AppUser>> people;
    private final Grid<AppUser> grid = new Grid<>();
    private final ComboBox<AppUser> who = new ComboBox<>();
    private final Checkbox open = new Checkbox();
    private final Button add = new Button();
    private long projectId;

    public MembersDialog(ProjectMembers members, Supplier<List<AppUser>> people) {
        this.members = members;
        this.people = people;
        setId("project-members");
        grid.setId("members-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(AppUser::username).setHeader(getTranslation("User")).setFlexGrow(1);
        grid.addColumn(u -> String.join(", ", u.roles().stream().sorted().map(r -> RoleLabels.of(this, r)).toList()))
                .setHeader(getTranslation("Roles")).setFlexGrow(2);
        boolean manages = ReviewService.canReview();
        if (manages) {
            grid.addComponentColumn(u -> {
                Button remove = new Button(getTranslation("Remove"), e -> {
                    if (UiErrorHandling.attempt(() -> members.remove(projectId, u.username()))) {
                        show(projectId);
                    }
                });
                remove.setId("member-remove-" + u.username());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return remove;
            }).setFlexGrow(0).setWidth("130px");
        }
        who.setId("member-add-user");
        who.setPlaceholder(getTranslation("User"));
        who.setItemLabelGenerator(AppUser::username);
        add.setText(getTranslation("Add member"));
        add.setId("member-add");
        add.addClickListener(e -> {
            AppUser u = who.getValue();
            if (u != null && UiErrorHandling.attempt(() -> members.add(projectId, u.username()))) {
                who.clear();
                show(projectId);
            }
        });
        add.addClickShortcut(Key.ENTER).listenOn(who);
        open.setLabel(getTranslation("Open to every user"));
        open.setId("project-open-to-all");
        open.addValueChangeListener(e -> {
            if (e.isFromClient() && !UiErrorHandling.attempt(() -> members.setOpenToAll(projectId, e.getValue()))) {
                open.setValue(e.getOldValue());
            }
        });
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (manages) {
            bar.add(who, add);
        }
        if (CurrentUser.get().has(Role.ADMIN)) {
            bar.add(open);
        }
        grid.setMinWidth("min(640px, 90vw)");
        add(bar, grid);
        getFooter().add(new Button(getTranslation("Close"), e -> close()));
    }

    private int count;
    private boolean everyoneSees;

    /** The button's label on the project page: how many members. */
    public String summary() {
        return getTranslation("Members ({0})", String.valueOf(count));
    }

    /** Whether everyone sees the project (the button's icon and tooltip say which). */
    public boolean openToEveryone() {
        return everyoneSees;
    }

    public void show(long projectId) {
        this.projectId = projectId;
        List<AppUser> list = members.members(projectId);
        boolean everyone = members.openToAll(projectId);
        open.setValue(everyone);
        setHeaderTitle(getTranslation("Members ({0})", String.valueOf(list.size()))
                + " · " + getTranslation(everyone ? "open to every user" : "private to its members"));
        grid.setItems(list);
        count = list.size();
        everyoneSees = everyone;
        who.setItems(people.get().stream().filter(u -> list.stream().noneMatch(m -> m.id() == u.id())).toList());
    }
}
