package org.skillsguide.search;

import java.util.List;
import java.util.Optional;

/**
 * A statement that matches free text.
 *
 * @param matchedWords the statement's words that matched the query, in order of appearance
 * @param coverage the share of the query's content words the statement matched, 0 to 1
 */
public record StatementMatch(
        String text,
        String level,
        Optional<String> skill,
        StatementSource source,
        List<String> matchedWords,
        double coverage,
        float score) {}
