package org.skillsguide.slack;

import com.slack.api.bolt.App;
import java.util.List;
import java.util.regex.Pattern;
import org.skillsguide.answer.render.CardActions;
import org.skillsguide.answer.render.HomeTabView;
import org.skillsguide.slack.listener.AskListener;
import org.skillsguide.slack.listener.HomeSelectListener;
import org.skillsguide.slack.listener.PageListener;
import org.skillsguide.slack.listener.ShareHereListener;
import org.skillsguide.slack.listener.ShareToListener;

/** The buttons and selects on cards and in the Home tab (block_actions). */
public final class ActionRegistrar implements Registrar {

    private final Cards cards;
    private final HomeTab home;
    private final SlackWork work;

    public ActionRegistrar(Cards cards, HomeTab home, SlackWork work) {
        this.cards = cards;
        this.home = home;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.blockAction(Pattern.compile("^" + Pattern.quote(CardActions.ASK_PREFIX) + ".*"), new AskListener(cards, work));
        app.blockAction(CardActions.PAGE, new PageListener(cards, work));
        app.blockAction(CardActions.SHARE_HERE, new ShareHereListener(cards, work));
        app.blockAction(CardActions.SHARE_TO, new ShareToListener(cards, work));
        HomeSelectListener homeSelect = new HomeSelectListener(home, work);
        List.of(HomeTabView.SEARCH, HomeTabView.FAMILY, HomeTabView.ROLE, HomeTabView.LEVEL)
                .forEach(actionId -> app.blockAction(actionId, homeSelect));
    }
}
