package app.tandem.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The shell every view sits in: one line with the product name, the way back to the project list,
 * a place where a view may put its own header (the editor puts its document there, so the page
 * spends one line on headers), and the signed-in user with language and sign-out.
 */
public class MainLayout extends AppLayout {
    private final Div viewHeader = new Div();

    public MainLayout(com.vaadin.flow.spring.security.AuthenticationContext auth, app.tandem.user.UserRepository userRepository) {
        H1 title = new H1("Tandem");
        title.addClassName("app-title");
        Anchor projects = new Anchor("", getTranslation("Projects"));
        projects.setId("nav-projects");
        Anchor myWork = new Anchor("my-work", getTranslation("My work"));
        myWork.setId("nav-my-work");
        HorizontalLayout header = new HorizontalLayout(title, projects, myWork);
        if (auth.hasRole("ADMIN")) {
            Anchor users = new Anchor("users", getTranslation("Users"));
            users.setId("nav-users");
            header.add(users);
        }
        viewHeader.addClassName("view-header");
        // one menu for the person: their tokens, the interface language, signing out; the header keeps its width for the document
        String me = auth.getPrincipalName().orElse("");
        Span who = new Span(me);
        who.setId("current-user");
        who.addClassName("current-user");
        com.vaadin.flow.component.menubar.MenuBar userMenu = new com.vaadin.flow.component.menubar.MenuBar();
        userMenu.setId("user-menu");
        userMenu.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_TERTIARY_INLINE,
                com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_SMALL);
        com.vaadin.flow.component.contextmenu.MenuItem root = userMenu.addItem(new Span(who, new Span(" ▾")));
        root.setId("user-menu-root");
        root.getElement().setAttribute("title", RoleLabels.ofNames(this, auth.getGrantedRoles()));
        root.getElement().setAttribute("aria-label", getTranslation("Account of {0}", me));
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("Access tokens"), e -> getUI().ifPresent(ui -> ui.navigate("tokens"))).setId("nav-tokens");
        boolean russian = getLocale() != null && getLocale().getLanguage().equals("ru");
        for (String code : java.util.List.of("en", "ru")) {
            com.vaadin.flow.component.contextmenu.MenuItem item = sub.addItem(code.equals("ru") ? "Русский" : "English", e -> {
                java.util.Locale locale = java.util.Locale.forLanguageTag(code);
                auth.getPrincipalName().ifPresent(name -> userRepository.setLocale(name, code));
                com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(locale);
                com.vaadin.flow.component.UI.getCurrent().getPage().reload();
            });
            item.setId("language-" + code);
            item.setCheckable(true);
            item.setChecked(code.equals("ru") == russian);
            // the language's own name, read in that language
            item.getElement().setAttribute("lang", code);
        }
        sub.addItem(getTranslation("Sign out"), e -> auth.logout()).setId("sign-out");
        header.add(viewHeader, userMenu);
        header.setFlexGrow(1, viewHeader);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        header.setWidthFull();
        addToNavbar(header);
    }

    /** A view's own header line, shown in the top bar while the view is; {@code null} clears it. */
    public void setViewHeader(Component component) {
        viewHeader.removeAll();
        if (component != null) {
            viewHeader.add(component);
        }
    }
}
