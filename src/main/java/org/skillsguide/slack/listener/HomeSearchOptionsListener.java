package org.skillsguide.slack.listener;

import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.handler.builtin.BlockSuggestionHandler;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.response.Response;
import org.skillsguide.slack.HomeTab;

/**
 * The Home tab's typeahead ({@code block_suggestion}): the options are the acknowledgement, so they
 * are computed at once (an index lookup, milliseconds; Slack waits 3 seconds).
 */
public final class HomeSearchOptionsListener implements BlockSuggestionHandler {

    private final HomeTab home;

    public HomeSearchOptionsListener(HomeTab home) {
        this.home = home;
    }

    @Override
    public Response apply(BlockSuggestionRequest request, BlockSuggestionContext ctx) {
        return ctx.ack(r -> r.options(home.options(request.getPayload().getValue())));
    }
}
