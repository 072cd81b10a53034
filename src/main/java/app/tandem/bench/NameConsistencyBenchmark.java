package app.tandem.bench;

import app.tandem.names.NameSpellings;
import app.tandem.names.PersonName;
import app.tandem.names.PersonNameEnglish;
import app.tandem.names.PersonNameFinder;
import app.tandem.qa.Finding;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.checks.NameConsistencyCheck;
import app.tandem.translit.TransliterationScheme;
import app.tandem.translit.Transliterator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Name consistency QA measured on injected variants: every sentence of a Russian text that names
 * a person gets an English stand-in naming them as the names scheme writes them ("… G.V.
 * Chicherin …"); in a fifth of them (fixed seed) one person's surname is written another way — as
 * another scheme writes it (Čičerin, Chicherin → Tchitcherine-like variants where all schemes
 * agree: a doubled consonant or a French -e). Reported: recall on the injected sentences and false
 * alarms on the clean ones, with an approved names list and without.
 */
public final class NameConsistencyBenchmark {
    public void run(Path russianText, PrintStream out) throws Exception {
        List<String> lines = Files.readAllLines(russianText, StandardCharsets.UTF_8);
        PersonNameFinder finder = new PersonNameFinder();
        Transliterator wiki = Transliterator.of("wikipedia");
        List<String[]> pairs = new ArrayList<>();
        List<Boolean> injected = new ArrayList<>();
        Random random = new Random(23);
        int people = 0;
        java.util.Map<String, String> approved = new java.util.HashMap<>();
        for (String line : lines) {
            List<PersonName> names = finder.find(line);
            if (names.isEmpty()) {
                continue;
            }
            people += names.size();
            StringBuilder en = new StringBuilder("In this sentence");
            boolean inject = random.nextInt(5) == 0;
            for (int i = 0; i < names.size(); i++) {
                PersonName p = names.get(i);
                String english = PersonNameEnglish.of(p, wiki);
                approved.putIfAbsent(p.key(), english);
                if (inject && i == 0) {
                    english = english.substring(0, english.length() - wiki.apply(p.surname()).length()) + variant(p, wiki, random);
                }
                en.append(i == 0 ? " " : " and ").append(english);
            }
            pairs.add(new String[]{line, en.append(" acted.").toString()});
            injected.add(inject);
        }
        NameConsistencyCheck check = new NameConsistencyCheck();
        out.printf("NAMES %s: %d sentences naming %d people, %d with an injected variant%n", russianText.getFileName(), pairs.size(), people,
                injected.stream().filter(b -> b).count());
        for (boolean withList : new boolean[]{false, true}) {
            NameSpellings spellings = new NameSpellings(finder, withList ? approved : java.util.Map.of());
            for (int i = 0; i < pairs.size(); i++) {
                spellings.put(i, pairs.get(i)[0], pairs.get(i)[1]);
            }
            QaContext context = QaContext.empty().withNameSpellings(spellings);
            int hit = 0;
            int falseAlarm = 0;
            int bad = 0;
            for (int i = 0; i < pairs.size(); i++) {
                List<Finding> f = check.check(new SegmentPair(pairs.get(i)[0], pairs.get(i)[1]), context);
                if (injected.get(i)) {
                    bad++;
                    hit += f.isEmpty() ? 0 : 1;
                } else {
                    falseAlarm += f.isEmpty() ? 0 : 1;
                }
            }
            out.printf("%-34s recall %d/%d = %.3f, false alarms %d/%d = %.3f%n", withList ? "with the approved names list" : "document consistency only",
                    hit, bad, (double) hit / Math.max(1, bad), falseAlarm, pairs.size() - bad, (double) falseAlarm / Math.max(1, pairs.size() - bad));
        }
    }

    /** Another spelling of the surname: another scheme's if one differs, else a doubled consonant or a French -e. */
    private static String variant(PersonName p, Transliterator wiki, Random random) {
        String usual = wiki.apply(p.surname());
        List<String> others = TransliterationScheme.NAMES.stream().map(n -> Transliterator.of(n).apply(p.surname()))
                .filter(s -> !s.equals(usual)).distinct().toList();
        if (!others.isEmpty()) {
            return others.get(random.nextInt(others.size()));
        }
        return usual.matches(".*[nrl]$") ? usual + "e" : usual.replaceFirst("([bcdfgklmnprstvz])", "$1$1");
    }
}
