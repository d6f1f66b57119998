package org.skillsguide.slack;

import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.render.HomeTabView;
import org.skillsguide.answer.render.Presentation;
import org.skillsguide.answer.render.ShareModalView;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.answer.render.SlackRenderer;
import org.skillsguide.observe.RequestKind;
import org.skillsguide.slack.SlackGateway.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the buttons on a card do: ask again, page, share in the channel, share to a chosen conversation. */
public final class Cards {

    private static final Logger LOG = LoggerFactory.getLogger(Cards.class);

    private final Questions questions;
    private final SlackGateway slack;
    private final HomeTab home;

    public Cards(Questions questions, SlackGateway slack, HomeTab home) {
        this.questions = questions;
        this.slack = slack;
        this.home = home;
    }

    /**
     * Shows the answer to {@code question} (page {@code page}) to the clicker: in place of their private
     * card, privately beside a card others see (a shared card is never replaced), or in the Home tab.
     */
    public void show(Click click, String question, int page) {
        if (click.inHome()) {
            home.showCard(click.user(), HomeTabView.Browse.fromMetadata(click.homeMetadata().get()), question, page);
            return;
        }
        Optional<String> responseUrl = click.responseUrl();
        if (responseUrl.isEmpty()) {
            LOG.warn("a card button came without response_url; nothing to answer to");
            return;
        }
        SlackMessage card = SlackRenderer.render(questions.answer(RequestKind.ACTION, question), Presentation.privateCard().onPage(page));
        JsonObject extra = new JsonObject();
        extra.addProperty("replace_original", click.ephemeral());
        slack.respond(responseUrl.get(), card, extra, privately(click));
    }

    /** "Share in channel": posts the card for everyone in the card's conversation, signed by the sharer. */
    public void shareHere(Click click, String question) {
        if (click.inHome() || click.responseUrl().isEmpty()) {
            // The Home tab is no conversation: there "Share in channel" asks where, as "Share to…" does.
            openShareModal(click, question);
            return;
        }
        SlackMessage card = SlackRenderer.render(questions.answer(RequestKind.ACTION, question), Presentation.sharedBy(click.user()));
        JsonObject extra = new JsonObject();
        extra.addProperty("replace_original", false);
        slack.respond(click.responseUrl().get(), card, extra, Notice.nobody()).thenAccept(outcome -> {
            if (!outcome.ok()) {
                click.channel().ifPresent(channel -> slack.postEphemeral(channel, click.user(),
                        "I couldn't share the card here (" + outcome.error() + "). Try *Share to…*."));
            }
        });
    }

    /** "Share to…": opens the conversation picker. */
    public void openShareModal(Click click, String question) {
        Answer answer = questions.answer(RequestKind.ACTION, question);
        SlackMessage card = SlackRenderer.render(answer, Presentation.sharedBy(click.user()));
        ShareModalView.Share share = new ShareModalView.Share(question, click.channel());
        slack.openModal(click.triggerId(), ShareModalView.build(share, card), privately(click));
    }

    /**
     * The picker was submitted: posts the card in {@code conversation}. When Slack refuses (the bot is
     * not a member of a private channel, the channel is archived…), the sharer is told why: privately in
     * the conversation the card came from, or, from the Home tab, in their DM with the bot.
     */
    public void shareTo(String user, String conversation, ShareModalView.Share share) {
        SlackMessage card = SlackRenderer.render(questions.answer(RequestKind.ACTION, share.question()), Presentation.sharedBy(user));
        slack.postMessage(conversation, null, card, Notice.nobody()).thenAccept(posted -> {
            if (posted.ok()) {
                return;
            }
            String reason = ShareModalView.failureText(conversation, posted.error());
            share.origin()
                    .map(origin -> slack.postEphemeral(origin, user, reason))
                    .orElseGet(() -> CompletableFuture.completedFuture(new SlackGateway.Outcome(false, "no_origin")))
                    .thenAccept(told -> {
                        if (!told.ok()) {
                            slack.postText(user, reason);
                        }
                    });
        });
    }

    /** Where a click's failure is told: privately in the clicked conversation (none for the Home tab). */
    private static Notice privately(Click click) {
        return click.channel().map(channel -> Notice.ephemeral(channel, click.user())).orElseGet(Notice::nobody);
    }
}
