package app.tandem.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The shell every view sits in: the product name and the way back to the project list. */
public class MainLayout extends AppLayout {
    public MainLayout(com.vaadin.flow.spring.security.AuthenticationContext auth, app.tandem.user.UserRepository userRepository) {
        H1 title = new H1("Tandem");
        title.addClassName("app-title");
        Anchor projects = new Anchor("", getTranslation("Projects"));
        projects.setId("nav-projects");
        HorizontalLayout header = new HorizontalLayout(title, projects);
        if (auth.hasRole("ADMIN")) {
            Anchor users = new Anchor("users", getTranslation("Users"));
            users.setId("nav-users");
            header.add(users);
        }
        com.vaadin.flow.component.html.Span who = new com.vaadin.flow.component.html.Span(
                auth.getPrincipalName().orElse("") + " (" + String.join(", ", auth.getGrantedRoles()) + ")");
        who.setId("current-user");
        who.getStyle().set("margin-left", "auto");
        com.vaadin.flow.component.button.Button logout = new com.vaadin.flow.component.button.Button(getTranslation("Sign out"), e -> auth.logout());
        logout.setId("sign-out");
        com.vaadin.flow.component.select.Select<String> language = new com.vaadin.flow.component.select.Select<>();
        language.setId("language");
        language.setItems("en", "ru");
        language.setItemLabelGenerator(code -> code.equals("ru") ? "Русский" : "English");
        language.setValue(getLocale() != null && getLocale().getLanguage().equals("ru") ? "ru" : "en");
        language.setWidth("130px");
        language.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            java.util.Locale locale = java.util.Locale.forLanguageTag(e.getValue());
            auth.getPrincipalName().ifPresent(name -> userRepository.setLocale(name, e.getValue()));
            com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(locale);
            com.vaadin.flow.component.UI.getCurrent().getPage().reload();
        });
        header.add(who, language, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        header.setWidthFull();
        addToNavbar(header);
    }
}
