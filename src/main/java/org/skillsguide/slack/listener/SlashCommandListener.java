package org.skillsguide.slack.listener;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import org.skillsguide.slack.Questions;

/**
 * {@code /role}, {@code /skills}, {@code /skill}: the acknowledgement carries the private card itself.
 * Answering takes milliseconds, well inside Slack's 3 seconds, and saves a response_url round trip.
 */
public final class SlashCommandListener implements SlashCommandHandler {

    private final Questions questions;

    public SlashCommandListener(Questions questions) {
        this.questions = questions;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload command = request.getPayload();
        return Response.json(200, questions.commandCard(command.getCommand(), command.getText()).toJson().toString());
    }
}
