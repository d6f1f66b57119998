package org.skillsguide.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsguide.answer.AnswerKind;

class KnowledgeReloaderTest {

    @TempDir
    Path data;

    private KnowledgeBase base;
    private KnowledgeReloader reloader;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void loadWidgets() throws IOException {
        write("widgets.txt", "Widgets role: Widget engineer\nRole level: Widget engineer\n- builds widgets\n");
        KnowledgeLoader loader = new KnowledgeLoader();
        base = new KnowledgeBase(loader.load(data));
        reloader = new KnowledgeReloader(data, base, loader, java.time.Clock.systemUTC());
    }

    @AfterEach
    void stop() throws IOException {
        reloader.close();
        scheduler.shutdownNow();
    }

    @Test
    void swapsInChangedDataOnDemand() throws IOException {
        write("gadgets.txt", "Gadgets role: Gadget fixer\nRole level: Gadget fixer\n- fixes gadgets\n");
        Knowledge before = base.current();

        ReloadOutcome outcome = reloader.reload();

        assertTrue(outcome.swapped(), outcome.describe());
        assertEquals(AnswerKind.ROLE, base.current().engine().answer("gadget fixer").kind());
        assertEquals(AnswerKind.NO_MATCH, before.engine().answer("gadget fixer").kind(), "the old generation is untouched");
        assertTrue(outcome.describe().startsWith("Reloaded in"));
    }

    @Test
    void keepsServingTheOldDataWhenTheNewDataHasErrors() throws IOException {
        Knowledge before = base.current();
        write("broken.txt", "- a bullet before any heading\nRole level: nobody\n");

        ReloadOutcome outcome = reloader.reload();

        assertFalse(outcome.swapped());
        assertSame(before, base.current());
        assertFalse(outcome.errors().isEmpty());
        assertTrue(outcome.describe().contains("still answering from the data loaded before"), outcome.describe());
        assertTrue(outcome.errors().get(0).toString().startsWith("broken.txt:1"), outcome.errors().get(0).toString());
        assertEquals(AnswerKind.ROLE, base.current().engine().answer("widget engineer").kind());
    }

    @Test
    void picksUpAChangedDirectoryWithoutRestart() throws Exception {
        BlockingQueue<ReloadOutcome> reloads = new LinkedBlockingQueue<>();
        reloader.onReload(reloads::add);
        reloader.watch(scheduler, Duration.ofMillis(100));

        write("gadgets.txt", "Gadgets role: Gadget fixer\nRole level: Gadget fixer\n- fixes gadgets\n");

        ReloadOutcome outcome = reloads.poll(20, TimeUnit.SECONDS);
        assertTrue(outcome != null && outcome.swapped(), "a reload followed the change");
        assertEquals(AnswerKind.ROLE, base.current().engine().answer("gadget fixer").kind());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(data.resolve(name), text);
    }
}
