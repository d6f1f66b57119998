package org.skillsguide.framework.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;

/** The shipped synonym list stays valid for the parser search reads it with, and the loader skips it. */
class SynonymsParserTest {

    private static final Path SYNONYMS = Path.of("index-data", FrameworkLoader.SYNONYMS_FILE);

    @Test
    void parsesWithLuceneSolrSynonymParser() throws IOException {
        try (Analyzer analyzer = CustomAnalyzer.builder()
                        .withTokenizer("standard")
                        .addTokenFilter("lowercase")
                        .build();
                Reader reader = Files.newBufferedReader(SYNONYMS, StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            assertDoesNotThrow(() -> parser.parse(reader));
            SynonymMap map = parser.build();
            assertTrue(map.words.size() > 50, "entries read: " + map.words.size());
        }
    }

    @Test
    void isNoFrameworkData() {
        assertTrue(!FrameworkLoader.isDataFile(SYNONYMS));
    }
}
