package org.skillsguide.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsguide.answer.AnswerKind;
import org.skillsguide.usage.UnansweredQuestions;
import org.slf4j.LoggerFactory;

class AnswerObserverTest {

    private static final Duration WEEK = Duration.ofDays(7);

    private final Logger logger = (Logger) LoggerFactory.getLogger(AnswerObserver.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final BotMetrics metrics = new BotMetrics();
    private final UnansweredQuestions unanswered = new UnansweredQuestions(
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
    private final AnswerObserver observer = new AnswerObserver(metrics, unanswered);
    private Level levelBefore;

    @BeforeEach
    void captureLogLines() {
        levelBefore = logger.getLevel();
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
        logger.setLevel(levelBefore);
    }

    @Test
    void logsOneLineWithKindsAndLatencyButNotTheQuestion() {
        logger.setLevel(Level.INFO);

        observer.answered(RequestKind.COMMAND, AnswerKind.SKILLS, Duration.ofMillis(12), "/skills head of ITSM for Jane Doe");

        assertEquals(1, lines.list.size());
        String line = lines.list.get(0).getFormattedMessage();
        assertEquals("answered command kind=skills latency_ms=12", line);
        assertFalse(line.contains("Jane"), line);
    }

    @Test
    void logsTheQuestionInTheSameOneLineOnlyAtDebug() {
        logger.setLevel(Level.DEBUG);

        observer.answered(RequestKind.EVENT, AnswerKind.NO_MATCH, Duration.ofMillis(3), "what's the capital\nof France");

        assertEquals(1, lines.list.size());
        assertEquals("answered event kind=no_match latency_ms=3 question=\"what's the capital of France\"",
                lines.list.get(0).getFormattedMessage());
    }

    @Test
    void keepsNoMatchQuestionsForAdminsButNotButtonReasksOrAnsweredOnes() {
        observer.answered(RequestKind.COMMAND, AnswerKind.NO_MATCH, Duration.ZERO, "/skill basket weaving");
        observer.answered(RequestKind.EVENT, AnswerKind.NO_MATCH, Duration.ZERO, "/skill Basket  weaving");
        observer.answered(RequestKind.ACTION, AnswerKind.NO_MATCH, Duration.ZERO, "/skill basket weaving");
        observer.answered(RequestKind.COMMAND, AnswerKind.SKILL, Duration.ZERO, "/skill strategic thinking");

        assertEquals(List.of(new UnansweredQuestions.Count("/skill basket weaving", 2)), unanswered.mostFrequent(WEEK, 20));
    }

    @Test
    void countsAnswersByKindAndTimesThem() {
        observer.answered(RequestKind.COMMAND, AnswerKind.SKILLS, Duration.ofMillis(4), "/skills head of ITSM");
        observer.answered(RequestKind.COMMAND, AnswerKind.NO_MATCH, Duration.ofMillis(2), "/skills nothing");
        observer.answered(RequestKind.EVENT, AnswerKind.NO_MATCH, Duration.ofMillis(2), "nothing");

        String scrape = metrics.scrape();
        assertTrue(scrape.contains("skillsguide_answers_total{answer_kind=\"skills\",request_kind=\"command\"} 1.0"), scrape);
        assertEquals(2.0, metrics.registry().get("skillsguide.answers").tag("answer.kind", "no_match").counters().stream()
                .mapToDouble(c -> c.count()).sum());
        assertTrue(scrape.contains("skillsguide_answer_latency_seconds_bucket{request_kind=\"command\""), "a histogram: " + scrape);
        assertTrue(scrape.contains("skillsguide_answer_latency_seconds_count{request_kind=\"command\"} 2"), scrape);
    }
}
