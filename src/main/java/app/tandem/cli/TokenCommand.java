package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.user.ApiTokenService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code token create}: personal access tokens for the REST API from the command line. */
@Command(name = "token", description = "Personal access tokens for the REST API.", subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "token needs a subcommand: create");
    }

    /** {@code token create --user NAME [--label TEXT]}: the token is the last line of the output, shown this once. */
    @Command(name = "create", description = "Create a token for a user; prints it as the last line (it is stored hashed and not shown again).")
    static final class Create implements Callable<Integer> {
        private final CliContext cli;

        @Option(names = "--user", required = true, paramLabel = "NAME")
        String user;

        @Option(names = "--label", paramLabel = "TEXT", description = "what the token is for (shown in the user's token list)")
        String label;

        Create(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
                ApiTokenService.Created created;
                try {
                    created = ctx.getBean(ApiTokenService.class).create(user, label);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                cli.out().println("created token #" + created.info().id() + " \"" + created.info().label() + "\" for " + user
                        + "; store it now, Tandem keeps only its hash:");
                cli.out().println(created.token());
            }
            return 0;
        }
    }
}
