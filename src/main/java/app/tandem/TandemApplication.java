package app.tandem;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@Theme("tandem")
@Push
public class TandemApplication implements AppShellConfigurator {
}
