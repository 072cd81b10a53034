package app.tandem.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/** The application context without the web server or seed loading, for commands that use the database. */
final class SpringContexts {
    private SpringContexts() {
    }

    static ConfigurableApplicationContext withoutWeb(Class<?> app, List<String> springArgs) {
        return new SpringApplicationBuilder(app)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("tandem.load-seeds=false", "tandem.qa.warm-up=false",
                        // a command's changes are marked for QA in the database; the web app checks them, so a
                        // command ends without background work running into its closing connection pool
                        "tandem.qa.background=false", "logging.level.root=WARN", "spring.main.banner-mode=off",
                        // a context that fails to start is reported by the command in one line, not as a logged stack trace
                        "logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=OFF",
                        // Vaadin's auto-configuration needs a servlet web context, which commands do not start
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig")
                .run(springArgs.toArray(new String[0]));
    }
}
