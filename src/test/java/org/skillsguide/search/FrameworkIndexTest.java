package org.skillsguide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsguide.Fixtures;

class FrameworkIndexTest {

    private final FrameworkIndex index = Fixtures.index();
    private final EnumSet<EntityType> any = EnumSet.allOf(EntityType.class);

    @Test
    void findsLevelByAcronymThroughSynonyms() {
        NameMatch best = index.matchNames("head of itsm", any, 5).get(0);
        assertEquals("Head of IT service management", best.name());
        assertTrue(best.score() > 0.9, "score " + best.score());
    }

    @Test
    void keepsItAndOfInNames() {
        List<NameMatch> matches = index.matchNames("head of it service management", any, 5);
        assertEquals("Head of IT service management", matches.get(0).name());
        assertTrue(matches.get(0).exact());
    }

    @Test
    void forgivesTyposInLongerWords() {
        assertEquals("Head of IT service management", index.matchNames("hed of it servce managment", any, 5).get(0).name());
        assertEquals("Strategic thinking", index.matchNames("stratgic thinkin", any, 5).get(0).name());
    }

    @Test
    void doesNotFuzzShortWords() {
        assertEquals(0.0, NameScorer.similarity("ba", "it", false));
        assertEquals(0.0, NameScorer.similarity("ml", "me", false));
        assertTrue(NameScorer.similarity("hed", "head", false) > 0);
    }

    @Test
    void foldsPluralsButKeepsManagerApartFromManagement() {
        assertEquals("Data engineer", index.matchNames("data engineers", any, 5).get(0).name());
        NameMatch manager = index.matchNames("it service manager", EnumSet.of(EntityType.LEVEL), 5).get(0);
        assertEquals("IT service manager", manager.name());
        assertTrue(manager.exact());
    }

    @Test
    void ranksTheExactNameAboveALongerOne() {
        List<NameMatch> matches = index.matchNames("lead developer", EnumSet.of(EntityType.LEVEL), 5);
        assertEquals("Lead developer", matches.get(0).name());
        assertEquals("Lead developer - management", matches.get(1).name());
        assertTrue(matches.get(0).score() > matches.get(1).score());
    }

    @Test
    void expandsAcronymsInsideLongerPhrases() {
        assertEquals("Senior machine learning engineer", index.matchNames("senior ml engineer", any, 5).get(0).name());
    }

    @Test
    void findsStatementsAndNamesTheMatchedWords() {
        List<StatementMatch> hits = index.searchStatements("who leads a team ensuring adequate resources", 5);
        assertFalse(hits.isEmpty());
        StatementMatch best = hits.get(0);
        assertEquals("Head of IT service management", best.level());
        assertEquals(StatementSource.RESPONSIBILITY, best.source());
        assertTrue(best.matchedWords().containsAll(List.of("lead", "team", "ensuring", "adequate", "resources")),
                best.matchedWords().toString());
    }

    @Test
    void returnsNoStatementForWordsTheFrameworkDoesNotHave() {
        assertTrue(index.searchStatements("what's the capital of France", 5).isEmpty());
    }

    @Test
    void completesTheLastWordForTypeahead() {
        assertEquals("Strategic thinking", index.completeNames("strategic thi", any, 5).get(0).name());
    }

    @Test
    void treatsQuerySyntaxAsPlainWords() {
        for (String syntax : List.of("AND (", "*", "\"", "\\", "?", "a:b OR c", "[* TO *]")) {
            assertTrue(index.matchNames(syntax, any, 5).isEmpty(), syntax);
            assertTrue(index.searchStatements(syntax, 5).isEmpty(), syntax);
        }
        assertEquals("Data engineer", index.matchNames("data~ engineer^2", any, 5).get(0).name());
        assertEquals("Head of IT service management", index.searchStatements("lead* AND team~ (ensuring adequate)", 5).get(0).level());
    }
}
