package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.user.Role;
import app.tandem.user.UserService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code user create NAME --role ROLE[,ROLE] [--password-stdin]}: people from the command line. */
@Command(name = "user", description = "Users of Tandem.", subcommands = UserCommand.Create.class)
final class UserCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "user needs a subcommand: create");
    }

    @Command(name = "create", description = "Create a user with one or more roles (TRANSLATOR, REVIEWER, ADMIN). The password is read "
            + "from standard input with --password-stdin; otherwise one is generated and printed as the last line, this once.")
    static final class Create implements Callable<Integer> {
        private final CliContext cli;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE", description = "TRANSLATOR, REVIEWER or ADMIN; several separated by commas")
        java.util.List<String> roles;

        @Option(names = "--password-stdin", description = "read the password (one line, at least 10 characters) from standard input")
        boolean passwordStdin;

        Create(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws Exception {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            for (String r : roles) {
                try {
                    chosen.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("unknown role '" + r.strip() + "'; the roles are TRANSLATOR, REVIEWER and ADMIN");
                }
            }
            String password = null;
            if (passwordStdin) {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (password == null || password.isEmpty()) {
                    throw new UsageException("--password-stdin: no password on standard input");
                }
            }
            try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
                String given;
                try {
                    given = ctx.getBean(UserService.class).createAsOperator(name, password, chosen);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                cli.out().println("created user " + name + " with " + String.join(", ", chosen.stream().map(Role::name).toList())
                        + (passwordStdin ? "" : "; the generated password (shown this once, Tandem keeps only its hash):"));
                if (!passwordStdin) {
                    cli.out().println(given);
                }
            }
            return 0;
        }
    }
}
