package app.tandem.qa.checks;

import app.tandem.names.NameSpellings;
import app.tandem.names.PersonName;
import app.tandem.names.PersonNameEnglish;
import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person written one way: a name whose approved English (the project's names list) the target
 * writes otherwise, and a name the document's other targets write another way more often
 * ("Chicherin" in most sentences, "Tchitcherine" in this one).
 */
public final class NameConsistencyCheck implements QaCheck {
    @Override
    public String id() {
        return "name-consistency";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        NameSpellings names = context.nameSpellings();
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<Finding> out = new ArrayList<>();
        for (PersonName person : names.people(pair.source())) {
            Optional<String> approved = names.approvedEnglish(person.key());
            Optional<String> written = PersonNameEnglish.writtenIn(pair.target(), person, approved.orElse(null));
            if (written.isEmpty()) {
                continue;
            }
            int at = pair.target().indexOf(written.get());
            if (approved.isPresent()) {
                String surname = approved.get().strip().replaceAll(".*\\s", "");
                if (!written.get().equals(surname)) {
                    out.add(Findings.target(id(), Severity.WARNING, "«" + person.nominative() + "» is \"" + approved.get()
                            + "\" in the names list, not \"" + written.get() + "\"", at, at + written.get().length()));
                }
                continue;
            }
            Map<String, Integer> elsewhere = names.spellingsOf(person.key());
            String usual = elsewhere.entrySet().stream().filter(e -> !e.getKey().equals(written.get()))
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (usual != null && elsewhere.get(usual) >= elsewhere.getOrDefault(written.get(), 0)) {
                out.add(Findings.target(id(), Severity.WARNING, "«" + person.nominative() + "» is written \"" + usual + "\" elsewhere in this document ("
                        + elsewhere.get(usual) + "×), \"" + written.get() + "\" here", at, at + written.get().length()));
            }
        }
        return out;
    }
}
