package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.project.ProjectRepository;
import app.tandem.tm.ConcordanceService;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code concordance --project NAME TEXT}: memory units and document segments whose source has
 * TEXT in any inflected form (whose target has it, for English TEXT), one per line,
 * {@code source<TAB>target<TAB>origin}.
 */
public final class ConcordanceCommand implements CliCommand {
    private static final int LIMIT = 1000;

    @Override
    public String name() {
        return "concordance";
    }

    @Override
    public String usage() {
        return "concordance --project NAME TEXT   search a project's memory and documents for a word or phrase in any form "
                + "(source<TAB>target<TAB>origin)";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        Args args = new Args(argList, List.of("project"), List.of());
        String project = args.option("project");
        if (project == null || args.positional().isEmpty()) {
            throw new UsageException("usage: " + usage());
        }
        String text = String.join(" ", args.positional());
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, springArgs)) {
            long projectId = ctx.getBean(ProjectRepository.class).findIdByName(project)
                    .orElseThrow(() -> new UsageException("no project named '" + project + "' in the data directory"));
            StringBuilder sb = new StringBuilder();
            for (ConcordanceService.Hit h : ctx.getBean(ConcordanceService.class).search(projectId, text, LIMIT)) {
                sb.append(MemoryCommand.oneLine(h.source())).append('\t').append(MemoryCommand.oneLine(h.target())).append('\t')
                        .append(MemoryCommand.oneLine(h.origin())).append('\n');
            }
            out.print(sb);
            out.flush();
        }
        return 0;
    }
}
