package app.tandem.tm;

import app.tandem.exchange.TmxUnit;
import app.tandem.exchange.TmxWriter;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.stereotype.Service;

import java.io.OutputStream;
import java.time.ZoneId;

/**
 * Upkeep of a project's memory: editing and deleting units, removing everything one TMX file
 * brought, and exporting the memory as TMX. Roles are checked here: translators may correct a
 * unit; deleting is for reviewers and administrators.
 */
@Service
public class MemoryService {
    private final MemoryRepository units;
    private final TranslationMemoryService memory;

    public MemoryService(MemoryRepository units, TranslationMemoryService memory) {
        this.units = units;
        this.memory = memory;
    }

    public MemoryRepository.Unit update(long unitId, String source, String target) {
        CurrentUser.Actor actor = CurrentUser.require("edit memory units", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a memory unit needs both a Russian and an English sentence");
        }
        MemoryRepository.Unit before = units.find(unitId).orElseThrow(() -> new IllegalArgumentException("no memory unit " + unitId));
        units.update(unitId, source.strip(), target.strip(), actor.username());
        MemoryRepository.Unit after = units.find(unitId).orElseThrow();
        memory.unitRemoved(before);
        memory.unitChanged(after);
        return after;
    }

    public void delete(long unitId) {
        CurrentUser.require("delete memory units", Role.REVIEWER, Role.ADMIN);
        units.find(unitId).ifPresent(u -> {
            units.delete(unitId);
            memory.unitRemoved(u);
        });
    }

    /** Removes every unit one TMX file brought into the project; returns how many. */
    public int removeImported(long projectId, String importFile) {
        CurrentUser.require("remove imported memory", Role.REVIEWER, Role.ADMIN);
        int n = units.deleteImported(projectId, importFile);
        memory.unitsImported(projectId);
        return n;
    }

    /** The project's whole memory as TMX 1.4b, each unit with its dates, author and origin. */
    public void exportTmx(long projectId, OutputStream out) {
        CurrentUser.get();
        try (TmxWriter w = new TmxWriter(out, "ru", "en")) {
            units.forEach(projectId, u -> w.write(new TmxUnit("tm-" + u.id(), u.source(), u.target(), null, u.provenance(),
                    u.createdAt() == null ? null : u.createdAt().atZone(ZoneId.systemDefault()).toInstant(),
                    u.changedAt() == null ? null : u.changedAt().atZone(ZoneId.systemDefault()).toInstant(), u.createdBy())));
        }
    }
}
