package app.tandem.project;

import app.tandem.cite.CitationTranslator;
import app.tandem.names.PersonName;
import app.tandem.names.PersonNameEnglish;
import app.tandem.names.PersonNameFinder;
import app.tandem.text.InlineToken;
import app.tandem.text.InlineTokenFinder;
import app.tandem.translit.Transliterator;
import app.tandem.user.CurrentUser;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the workbench offers for a source besides glossary terms: each citation in English
 * ("[5, с. 645]" → "[5, p. 645]", a whole reference in English) and each person named, with
 * their English — the names list's first (approved, or proposed and marked so), then how the
 * memory and translated segments write them, else the project's names scheme — and the names
 * list kept by translators (proposals) and reviewers.
 */
@Service
public class SourceOffers {
    /** One offer: the source's text, its English, what it is, and whether a reviewer approved it (names). */
    public record Offer(String kind, String asInSource, String english, boolean approved, String personKey, String nominative) {
    }

    private final ProjectRepository projects;
    private final PersonNameRepository names;
    private final ProjectAccess access;
    private final app.tandem.tm.ConcordanceService concordance;
    private final PersonNameFinder finder = new PersonNameFinder();
    private final InlineTokenFinder inline = new InlineTokenFinder();

    public SourceOffers(ProjectRepository projects, PersonNameRepository names, ProjectAccess access, app.tandem.tm.ConcordanceService concordance) {
        this.projects = projects;
        this.names = names;
        this.access = access;
        this.concordance = concordance;
    }

    public List<Offer> offers(long projectId, String source) {
        List<Offer> out = new ArrayList<>();
        CitationTranslator cite = new CitationTranslator(Transliterator.of(projects.referencesScheme(projectId)));
        if (CitationTranslator.isReference(source)) {
            out.add(new Offer("citation", source, cite.translateLine(source), false, null, null));
        } else {
            Set<String> seen = new LinkedHashSet<>();
            for (InlineToken t : inline.find(source)) {
                if (t.type() == InlineToken.Type.CITATION && seen.add(t.text())) {
                    // "[8, с. 10]" in brackets; "(РГАСПИ. Ф. 5. …)" a whole reference in parentheses
                    String english = t.text().startsWith("(") ? "(" + cite.translateReference(t.text().substring(1, t.text().length() - 1)) + ")"
                            : cite.bracketed(t.text());
                    if (!english.equals(t.text())) {
                        out.add(new Offer("citation", t.text(), english, false, null, null));
                    }
                }
            }
        }
        Transliterator scheme = Transliterator.of(projects.namesScheme(projectId));
        Map<String, PersonNameRepository.Entry> list = new java.util.HashMap<>();
        names.list(projectId).forEach(e -> list.put(e.key(), e));
        Set<String> people = new LinkedHashSet<>();
        for (PersonName p : finder.find(source)) {
            if (!people.add(p.key())) {
                continue;
            }
            PersonNameRepository.Entry e = list.get(p.key());
            String english = e != null ? e.english() : fromMemory(projectId, p, scheme).orElse(PersonNameEnglish.of(p, scheme));
            out.add(new Offer("name", p.asWritten(), english, e != null && e.approved(), p.key(), p.nominative()));
        }
        return out;
    }

    /**
     * How the project's memory and translated segments write the person: the spelling most of the
     * English sentences whose Russian names them use, with the initials romanised.
     */
    private java.util.Optional<String> fromMemory(long projectId, PersonName p, Transliterator scheme) {
        // the concordance finds a word in any inflection from its dictionary form
        Map<String, Integer> spellings = new java.util.HashMap<>();
        for (app.tandem.tm.ConcordanceService.Hit h : concordance.search(projectId, p.surname(), 20)) {
            if (h.target() == null || h.target().isBlank() || finder.find(h.source()).stream().noneMatch(q -> q.key().equals(p.key()))) {
                continue;
            }
            PersonNameEnglish.writtenIn(h.target(), p).ifPresent(w -> spellings.merge(w.replaceAll("['’]s$", ""), 1, Integer::sum));
        }
        return spellings.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> p.initials().isEmpty() ? e.getKey() : scheme.apply(p.initials()) + " " + e.getKey());
    }

    /** A translator proposes a person's English, a reviewer's entry is approved at once. */
    public void propose(long projectId, String personKey, String nominative, String english) {
        CurrentUser.Actor actor = CurrentUser.require("add to the names list", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        requireMember(projectId);
        String en = english == null ? "" : english.strip();
        if (en.isEmpty() || en.length() > 200 || personKey == null || personKey.isBlank()) {
            throw new IllegalArgumentException("a name's English is one to 200 characters");
        }
        boolean reviewer = actor.roles().contains(Role.REVIEWER) || actor.roles().contains(Role.ADMIN);
        names.save(projectId, personKey, nominative, en, reviewer ? "APPROVED" : "PROPOSED", actor.username());
    }

    public void approve(long entryId) {
        CurrentUser.require("approve names", Role.REVIEWER, Role.ADMIN);
        PersonNameRepository.Entry e = names.find(entryId).orElseThrow(() -> new IllegalArgumentException("no such name"));
        requireMember(e.projectId());
        names.setStatus(entryId, "APPROVED");
    }

    public void delete(long entryId) {
        CurrentUser.require("delete names", Role.REVIEWER, Role.ADMIN);
        PersonNameRepository.Entry e = names.find(entryId).orElseThrow(() -> new IllegalArgumentException("no such name"));
        requireMember(e.projectId());
        names.delete(entryId);
    }

    public List<PersonNameRepository.Entry> list(long projectId) {
        CurrentUser.require("read the names list", Role.values());
        requireMember(projectId);
        return names.list(projectId);
    }

    private void requireMember(long projectId) {
        if (!access.canSee(projectId)) {
            throw new org.springframework.security.access.AccessDeniedException("not a member of project " + projectId);
        }
    }
}
