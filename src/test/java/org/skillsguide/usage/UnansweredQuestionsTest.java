package org.skillsguide.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnansweredQuestionsTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void countsTheSameQuestionWhateverItsCaseAndSpacing() {
        UnansweredQuestions questions = new UnansweredQuestions(Clock.fixed(MONDAY, ZoneOffset.UTC));
        questions.record("How do I book leave");
        questions.record("  how do i   BOOK leave ");
        questions.record("what is the capital of france");
        assertEquals(List.of(new UnansweredQuestions.Count("how do i book leave", 2),
                        new UnansweredQuestions.Count("what is the capital of france", 1)),
                questions.mostFrequent(Duration.ofDays(7), 10));
    }

    @Test
    void listsOnlyTheDaysAskedFor() {
        MutableClock clock = new MutableClock(MONDAY.minus(Duration.ofDays(10)));
        UnansweredQuestions questions = new UnansweredQuestions(clock);
        questions.record("old question");
        clock.now = MONDAY;
        questions.record("new question");
        assertEquals(List.of(new UnansweredQuestions.Count("new question", 1)), questions.mostFrequent(Duration.ofDays(7), 10));
        assertEquals(2, questions.mostFrequent(Duration.ofDays(14), 10).size());
    }

    @Test
    void staysBoundedWhateverIsAsked() {
        UnansweredQuestions questions = new UnansweredQuestions(Clock.fixed(MONDAY, ZoneOffset.UTC));
        for (int i = 0; i < UnansweredQuestions.MAX_PER_DAY * 3; i++) {
            questions.record("question " + i);
        }
        questions.record("x".repeat(10_000));
        assertEquals(UnansweredQuestions.MAX_PER_DAY, questions.mostFrequent(Duration.ofDays(1), Integer.MAX_VALUE).size());
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
