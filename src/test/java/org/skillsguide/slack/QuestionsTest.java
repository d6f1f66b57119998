package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionsTest {

    @Test
    void stripsTheBotsOwnMentionWhereverItIs() {
        assertEquals("what does a head of ITSM do", Questions.withoutMention("<@UBOT> what does a head of ITSM do", "UBOT"));
        assertEquals("skills for <@U123> please", Questions.withoutMention("skills for <@U123> <@UBOT|skillsguide> please", "UBOT"));
        assertEquals("", Questions.withoutMention("<@UBOT>", "UBOT"));
    }

    @Test
    void keepsOtherMentionsAndTextWhenTheBotIsUnknown() {
        assertEquals("<@UBOT> hi", Questions.withoutMention(" <@UBOT> hi ", null));
        assertEquals("", Questions.withoutMention(null, "UBOT"));
    }
}
