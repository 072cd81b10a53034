package app.tandem.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

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
        Span who = new Span(auth.getPrincipalName().orElse(""));
        who.setId("current-user");
        who.addClassName("current-user");
        who.getElement().setAttribute("title", String.join(", ", auth.getGrantedRoles()));
        Anchor tokens = new Anchor("tokens", getTranslation("Tokens"));
        tokens.getElement().setAttribute("title", getTranslation("Access tokens"));
        tokens.setId("nav-tokens");
        tokens.addClassName("nav-tokens");
        Button logout = new Button(getTranslation("Sign out"), e -> auth.logout());
        logout.setId("sign-out");
        logout.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Select<String> language = new Select<>();
        language.setId("language");
        language.setItems("en", "ru");
        language.setItemLabelGenerator(code -> code.equals("ru") ? "Русский" : "English");
        language.setValue(getLocale() != null && getLocale().getLanguage().equals("ru") ? "ru" : "en");
        language.setWidth("110px");
        language.addThemeName("small");
        language.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            java.util.Locale locale = java.util.Locale.forLanguageTag(e.getValue());
            auth.getPrincipalName().ifPresent(name -> userRepository.setLocale(name, e.getValue()));
            com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(locale);
            com.vaadin.flow.component.UI.getCurrent().getPage().reload();
        });
        header.add(viewHeader, who, tokens, language, logout);
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
