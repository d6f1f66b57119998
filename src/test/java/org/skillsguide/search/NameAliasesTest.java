package org.skillsguide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameAliasesTest {

    @Test
    void readsAnInitialismInParenthesesAsAnAlias() {
        assertEquals(List.of("QAT"), NameAliases.of("Quality assurance testing (QAT)"));
    }

    @Test
    void readsAContractionInParenthesesAsAnAlias() {
        assertEquals(List.of("DevOps engineer"), NameAliases.of("Development operations (DevOps) engineer"));
    }

    @Test
    void aQualifierInParenthesesIsNoAlias() {
        assertEquals(List.of(), NameAliases.of("Business analysis (IT operations)"));
        assertEquals(List.of(), NameAliases.of("Head of (Agile) delivery management"));
        assertEquals(List.of(), NameAliases.of("Strategic thinking (content design)"));
        assertEquals(List.of(), NameAliases.of("Data engineer"));
    }
}
