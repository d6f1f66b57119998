package org.skillsguide.slack.listener;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.skillsguide.slack.AdminCommands;

/**
 * {@code /skills-admin}: the acknowledgement carries the private reply (Slack waits 3 seconds); a
 * reload runs afterwards and reports through the command's response_url.
 */
public final class AdminCommandListener implements SlashCommandHandler {

    private final AdminCommands admin;

    public AdminCommandListener(AdminCommands admin) {
        this.admin = admin;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload command = request.getPayload();
        return Response.json(200, admin.run(command.getUserId(), command.getText(), command.getResponseUrl()).toJson().toString());
    }
}
