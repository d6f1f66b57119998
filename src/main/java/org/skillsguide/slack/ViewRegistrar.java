package org.skillsguide.slack;

import com.slack.api.bolt.App;
import org.skillsguide.answer.render.HomeTabView;
import org.skillsguide.answer.render.ShareModalView;
import org.skillsguide.slack.listener.HomeSearchOptionsListener;
import org.skillsguide.slack.listener.ShareSubmissionListener;

/** Modals submitted (view_submission) and select menus that load their options (block_suggestion). */
public final class ViewRegistrar implements Registrar {

    private final Cards cards;
    private final HomeTab home;
    private final SlackWork work;

    public ViewRegistrar(Cards cards, HomeTab home, SlackWork work) {
        this.cards = cards;
        this.home = home;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(ShareModalView.CALLBACK_ID, new ShareSubmissionListener(cards, work));
        app.blockSuggestion(HomeTabView.SEARCH, new HomeSearchOptionsListener(home));
    }
}
