package org.skillsguide.slack;

import com.slack.api.app_backend.interactive_components.response.Option;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.skillsguide.answer.render.HomeTabView;
import org.skillsguide.answer.render.HomeTabView.Browse;
import org.skillsguide.answer.render.Presentation;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.answer.render.SlackRenderer;
import org.skillsguide.framework.Framework;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeBase;
import org.skillsguide.observe.AnswerObserver;
import org.skillsguide.observe.RequestKind;
import org.skillsguide.search.EntityType;

/** The App Home tab: publishes it, answers its typeahead, and shows what is chosen in it. */
public final class HomeTab {

    private final KnowledgeBase knowledge;
    private final Questions questions;
    private final SlackGateway slack;
    private final AnswerObserver observer;

    public HomeTab(KnowledgeBase knowledge, Questions questions, SlackGateway slack, AnswerObserver observer) {
        this.knowledge = knowledge;
        this.questions = questions;
        this.slack = slack;
        this.observer = observer;
    }

    /** The tab as first opened: nothing picked, no card. */
    public void publish(String user) {
        slack.publishHome(user, HomeTabView.build(framework(), Browse.nothing(), Optional.empty()));
    }

    /** Re-publishes the tab with the answer to {@code question} below the controls. */
    public void showCard(String user, Browse browse, String question, int page) {
        SlackMessage card = SlackRenderer.render(questions.answer(RequestKind.HOME, question), Presentation.privateCard().onPage(page));
        slack.publishHome(user, HomeTabView.build(framework(), browse, Optional.of(card)));
    }

    /** A choice in one of the tab's selects ({@code actionId} is one of {@link HomeTabView}'s). */
    public void chose(String user, String metadata, String actionId, String value) {
        Browse browse = Browse.fromMetadata(metadata);
        switch (actionId) {
            case HomeTabView.SEARCH -> showCard(user, browse, value, 1);
            case HomeTabView.FAMILY -> showCard(user, browse.withFamily(value), "/role " + value, 1);
            case HomeTabView.ROLE -> showCard(user, browse.withRole(browse.family().orElse(""), value), "/role " + value, 1);
            case HomeTabView.LEVEL -> showCard(user, browse, "/role " + value, 1);
            default -> throw new IllegalArgumentException("not a Home tab select: " + actionId);
        }
    }

    /** Typeahead options for what the user has typed so far (Slack waits 3 seconds for them). */
    public List<Option> options(String typed) {
        long start = System.nanoTime();
        Knowledge current = knowledge.current();
        List<Option> options = HomeTabView.searchOptions(current.index().completeNames(
                typed == null ? "" : typed, EnumSet.allOf(EntityType.class), HomeTabView.SEARCH_RESULTS));
        observer.suggested(options.size(), Duration.ofNanos(System.nanoTime() - start), typed);
        return options;
    }

    private Framework framework() {
        return knowledge.current().framework();
    }
}
