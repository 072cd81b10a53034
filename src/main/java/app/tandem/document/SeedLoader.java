package app.tandem.document;

import app.tandem.project.ProjectRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * On the web app's first start (empty database) imports the bundled seed articles as the demo
 * project "Seed articles". Command-line runs switch this off so that they never add data unasked.
 */
@Component
@org.springframework.core.annotation.Order(0)
public class SeedLoader implements ApplicationRunner {
    public static final String SEED_PROJECT = "Seed articles";
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final ProjectRepository projects;
    private final ImportService imports;
    private final boolean enabled;

    private final app.tandem.project.GlossaryRepository glossaries;
    private final app.tandem.cluster.StartupLock startup;

    public SeedLoader(ProjectRepository projects, ImportService imports,
                      app.tandem.project.GlossaryRepository glossaries, app.tandem.cluster.StartupLock startup,
                      @Value("${tandem.load-seeds:true}") boolean enabled) {
        this.startup = startup;
        this.glossaries = glossaries;
        this.projects = projects;
        this.imports = imports;
        this.enabled = enabled;
    }

    public static final String STARTER_GLOSSARY = "app/tandem/glossary/starter-glossary.tsv";

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        startup.exclusively(() -> projects.count() > 0 ? java.util.List.<Long>of() : load());
        // the seeded English waits for QA like any imported target: it is checked in the background
        // once the application is ready (WaitingQaOnStart), as LanguageTool's start-up must not delay the first page
    }

    private java.util.List<Long> load() {
        try {
            return loadSeeds();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private java.util.List<Long> loadSeeds() throws IOException {
        Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt");
        Arrays.sort(seeds, Comparator.comparing(Resource::getFilename));
        java.util.List<Long> withTargets = new java.util.ArrayList<>();
        for (Resource seed : seeds) {
            ImportReport report = imports.importFile(SEED_PROJECT, seed.getFilename(), seed.getContentAsByteArray());
            log.info("Seed imported: {}", report.describe());
            if (report.seededTargets() > 0) {
                withTargets.add(report.documentId());
            }
        }
        // the starter glossary for the seeds' field: Soviet foreign policy 1917–1926
        long glossary = glossaries.create("Soviet foreign policy 1917–1926");
        java.util.List<app.tandem.exchange.TermEntry> starter = app.tandem.exchange.GlossaryCsv.read("starter-glossary.tsv",
                new String(new org.springframework.core.io.ClassPathResource(STARTER_GLOSSARY).getContentAsByteArray(),
                        java.nio.charset.StandardCharsets.UTF_8));
        starter.forEach(e -> glossaries.addEntry(glossary, e, "APPROVED", "tandem"));
        int entries = starter.size();
        long seedProject = projects.findIdByName(SEED_PROJECT).orElseThrow();
        glossaries.attach(seedProject, glossary);
        // the demo is for everyone who signs in
        projects.setOpenToAll(seedProject, true);
        log.info("Starter glossary loaded: {} entries", entries);
        return withTargets;
    }
}
