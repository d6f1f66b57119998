package org.skillsguide.knowledge;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The knowledge every request answers from. A reload builds a whole new {@link Knowledge} aside and
 * swaps it in at once, so a request sees either the old data or the new, never half of each.
 */
public final class KnowledgeBase {

    private final AtomicReference<Knowledge> current;

    public KnowledgeBase(Knowledge initial) {
        this.current = new AtomicReference<>(initial);
    }

    public Knowledge current() {
        return current.get();
    }

    /** Makes {@code next} the knowledge answered from; returns the one it replaced. */
    public Knowledge replace(Knowledge next) {
        return current.getAndSet(next);
    }
}
