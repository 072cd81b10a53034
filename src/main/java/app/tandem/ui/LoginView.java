package app.tandem.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("login")
@PageTitle("Sign in · Tandem")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(ComponentTexts.login());
        add(new H1("Tandem"), new Paragraph(getTranslation("Russian → English scholarly translation")), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
            // a throttled sign-in says so and for how long, instead of "wrong password"
            Object last = com.vaadin.flow.server.VaadinSession.getCurrent() == null ? null
                    : com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION");
            if (last instanceof org.springframework.security.authentication.LockedException locked) {
                com.vaadin.flow.component.login.LoginI18n i18n = ComponentTexts.login();
                com.vaadin.flow.component.login.LoginI18n.ErrorMessage error = new com.vaadin.flow.component.login.LoginI18n.ErrorMessage();
                error.setTitle(getTranslation("Sign-in paused"));
                error.setMessage(locked.getMessage());
                i18n.setErrorMessage(error);
                login.setI18n(i18n);
            }
        }
    }
}
