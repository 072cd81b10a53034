package app.tandem.qa;

import java.util.List;

/** One quality check, in the manner of a LanguageTool rule: a stable id and a method that finds problems. */
public interface QaCheck {
    String id();

    /** Findings for one segment; checks that need a target return nothing for an untranslated one. */
    List<Finding> check(SegmentPair pair, QaContext context);
}
