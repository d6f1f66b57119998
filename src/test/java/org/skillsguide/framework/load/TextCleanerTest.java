package org.skillsguide.framework.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

    @Test
    void replacesNoBreakSpaceWithSpace() {
        TextCleaner.Cleaned cleaned = TextCleaner.text("plan\u00A0the work");
        assertEquals("plan the work", cleaned.text());
        assertEquals(Set.of(TextDefect.NO_BREAK_SPACE), cleaned.defects());
    }

    @Test
    void removesZeroWidthAndOtherInvisibleCharacters() {
        TextCleaner.Cleaned cleaned = TextCleaner.text("\uFEFFsha\u200Bre know\u2060ledge\u00AD");
        assertEquals("share knowledge", cleaned.text());
        assertEquals(Set.of(TextDefect.INVISIBLE_CHARACTER), cleaned.defects());
    }

    @Test
    void turnsLineAndParagraphSeparatorsIntoLineBreaks() {
        TextCleaner.Cleaned cleaned = TextCleaner.text("first part\u2028second part\u2029third part");
        assertEquals("first part\nsecond part\nthird part", cleaned.text());
        assertEquals(Set.of(TextDefect.LINE_SEPARATOR), cleaned.defects());
    }

    @Test
    void straightensCurlyQuotes() {
        TextCleaner.Cleaned cleaned = TextCleaner.text("the team\u2019s \u2018own\u2019 \u201Cplan\u201D");
        assertEquals("the team's 'own' \"plan\"", cleaned.text());
        assertEquals(Set.of(TextDefect.CURLY_QUOTES), cleaned.defects());
    }

    @Test
    void collapsesRepeatedSpacesAndStripsLines() {
        TextCleaner.Cleaned cleaned = TextCleaner.text("  keep   it \n- tidy  \n\n\n\nlater ");
        assertEquals("keep it\n- tidy\n\nlater", cleaned.text());
        assertEquals(Set.of(TextDefect.STRAY_SPACES), cleaned.defects());
    }

    @Test
    void putsNamesOnOneLineWithoutTrailingSpaces() {
        TextCleaner.Cleaned cleaned = TextCleaner.name("Widget   engineer \n");
        assertEquals("Widget engineer", cleaned.text());
        assertTrue(cleaned.defects().contains(TextDefect.STRAY_SPACES));
    }

    @Test
    void leavesCleanTextAlone() {
        TextCleaner.Cleaned cleaned = TextCleaner.text("Nothing to mend here.\n- one item");
        assertEquals("Nothing to mend here.\n- one item", cleaned.text());
        assertTrue(cleaned.defects().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MISSING", "missing", " Missing. ", "[MISSING]", "MISSING\u00A0"})
    void treatsMissingAsAbsence(String placeholder) {
        TextCleaner.Cleaned cleaned = TextCleaner.text(placeholder);
        assertEquals("", cleaned.text());
        assertTrue(cleaned.wasPlaceholder());
        assertTrue(cleaned.defects().contains(TextDefect.MISSING_PLACEHOLDER));
    }

    @Test
    void treatsUndefinedSkillLevelAsAbsence() {
        TextCleaner.Cleaned cleaned = TextCleaner.text("This skill level is currently not defined.");
        assertEquals("", cleaned.text());
        assertEquals(Set.of(TextDefect.UNDEFINED_PLACEHOLDER), cleaned.defects());
    }

    @Test
    void treatsNotInUseAsAbsence() {
        TextCleaner.Cleaned cleaned = TextCleaner.name("NOT IN USE ");
        assertEquals("", cleaned.text());
        assertTrue(cleaned.defects().contains(TextDefect.NOT_IN_USE_PLACEHOLDER));
    }

    @Test
    void keepsTheWordMissingInsideRealText() {
        assertEquals("find missing records", TextCleaner.text("find missing records").text());
    }
}
