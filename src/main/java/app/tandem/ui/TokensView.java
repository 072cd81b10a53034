package app.tandem.ui;

import app.tandem.user.ApiTokenService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Each user's personal access tokens for the REST API: create one (shown this once, to copy),
 * see when each was last used, revoke one.
 */
@PermitAll
@Route(value = "tokens", layout = MainLayout.class)
@PageTitle("Access tokens · Tandem")
public class TokensView extends VerticalLayout {
    private final ApiTokenService tokens;
    private final Grid<ApiTokenService.TokenInfo> grid = new Grid<>();

    public TokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setSizeFull();
        grid.setId("tokens-grid");
        grid.addColumn(ApiTokenService.TokenInfo::label).setHeader(getTranslation("Label")).setFlexGrow(2);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("Token")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("Created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> when(t.lastUsedAt())).setHeader(getTranslation("Last used")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.active() ? getTranslation("active") : getTranslation("revoked") + " " + when(t.revokedAt()))
                .setHeader(getTranslation("State")).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("Revoke"), e -> {
                if (UiErrorHandling.attempt(() -> tokens.revoke(t.id()))) {
                    refresh();
                }
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            revoke.setEnabled(t.active());
            revoke.setId("revoke-token-" + t.id());
            return revoke;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        TextField label = new TextField();
        label.setId("token-label");
        label.setPlaceholder(getTranslation("What the token is for, e.g. nightly export script"));
        label.setWidth("28em");
        label.setMaxLength(200);
        Button create = new Button(getTranslation("Create token"), e -> {
            ApiTokenService.Created[] made = new ApiTokenService.Created[1];
            if (UiErrorHandling.attempt(() -> made[0] = tokens.createForMe(label.getValue()))) {
                label.clear();
                refresh();
                show(made[0]);
            }
        });
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("Access tokens")),
                TextWithCode.paragraph(getTranslation("Scripts use the REST API ({0}, described at {1}) with a token in the header {2}. A token acts with your roles."),
                        "/api/v1", "/swagger-ui.html", "Authorization: Bearer TOKEN"),
                form, grid);
        refresh();
    }

    private void show(ApiTokenService.Created made) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("Your new token"));
        TextField value = new TextField();
        value.setId("new-token-value");
        value.setValue(made.token());
        value.setReadOnly(true);
        value.setWidth("36em");
        d.add(new Paragraph(getTranslation("Copy it now: Tandem keeps only its hash and cannot show it again.")), value);
        Button done = new Button(getTranslation("Done"), e -> d.close());
        done.setId("new-token-done");
        d.getFooter().add(done);
        d.open();
        value.focus();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private String when(LocalDateTime t) {
        return t == null ? "—" : app.tandem.ui.Dates.when(t);
    }
}
