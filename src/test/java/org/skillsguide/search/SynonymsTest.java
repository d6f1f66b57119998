package org.skillsguide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SynonymsTest {

    @Test
    void reportsABadLineWithItsNumberAndKeepsTheRest() {
        Synonyms synonyms = Synonyms.parse("# acronyms\nitsm, it service management\nba => => x\nml, machine learning\n", "synonyms.txt");
        assertEquals(1, synonyms.problems().size());
        assertEquals(3, synonyms.problems().get(0).line());
        assertTrue(synonyms.problems().get(0).isError());
        assertNotNull(synonyms.map().fst, "the sound lines still apply");
    }

    @Test
    void noFileMeansNoSynonyms() {
        Synonyms synonyms = Synonyms.readFrom(java.nio.file.Path.of("does-not-exist"));
        assertTrue(synonyms.problems().isEmpty());
    }
}
