package org.skillsguide.answer.render;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ExternalSelectElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skillsguide.framework.Family;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.Role;
import org.skillsguide.search.NameMatch;

/**
 * The App Home tab: what the bot does, a typeahead search, browsing family → role → level, and the
 * card last chosen. Also the typeahead's options, which Slack asks for while the user types.
 */
public final class HomeTabView {

    public static final String SEARCH = "sg_home_search";
    public static final String FAMILY = "sg_home_family";
    public static final String ROLE = "sg_home_role";
    public static final String LEVEL = "sg_home_level";

    /** Slack: a Home tab holds at most 100 blocks; a select at most 100 options, option text under 76. */
    static final int MAX_BLOCKS = 100;
    static final int MAX_OPTIONS = 100;
    static final int OPTION_TEXT_MAX = 75;
    /** Slack: an option's value is at most 150 characters. */
    static final int OPTION_VALUE_MAX = 150;
    /** Typeahead results worth reading; Slack would take up to 100. */
    public static final int SEARCH_RESULTS = 20;

    private static final Gson GSON = new Gson();

    private HomeTabView() {}

    /**
     * What the user has picked while browsing, carried in the view's private_metadata so the next
     * publish can keep the selects where they were.
     */
    public record Browse(Optional<String> family, Optional<String> role) {

        public static Browse nothing() {
            return new Browse(Optional.empty(), Optional.empty());
        }

        public Browse withFamily(String name) {
            return new Browse(Optional.of(name), Optional.empty());
        }

        public Browse withRole(String family, String name) {
            return new Browse(Optional.of(family), Optional.of(name));
        }

        public String toMetadata() {
            JsonObject json = new JsonObject();
            family.ifPresent(f -> json.addProperty("family", f));
            role.ifPresent(r -> json.addProperty("role", r));
            return GSON.toJson(json);
        }

        /** Reads {@link #toMetadata}; anything else (a view from an older version, no metadata) is nothing picked. */
        public static Browse fromMetadata(String metadata) {
            if (metadata == null || metadata.isBlank()) {
                return nothing();
            }
            try {
                JsonObject json = GSON.fromJson(metadata, JsonObject.class);
                return new Browse(text(json, "family"), text(json, "role"));
            } catch (JsonParseException | IllegalStateException | ClassCastException e) {
                return nothing();
            }
        }

        private static Optional<String> text(JsonObject json, String name) {
            return json != null && json.has(name) && json.get(name).isJsonPrimitive()
                    ? Optional.of(json.get(name).getAsString())
                    : Optional.empty();
        }
    }

    /** The Home tab, with {@code card} (a rendered answer) below the search and browse controls. */
    public static View build(Framework framework, Browse browse, Optional<SlackMessage> card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain("Skills Guide")).build());
        blocks.add(section("I explain the roles and skills of our capability framework. Ask me in a DM, mention me"
                + " in a channel, or use a command:\n"
                + "• `/role head of IT service management` – what a role level does\n"
                + "• `/skills head of ITSM` – the skills a role level needs\n"
                + "• `/skill strategic thinking` – a skill and its levels\n"
                + "• _\"what changes from IT service manager to head of IT service management\"_ in a DM"));
        blocks.add(section("*Search* roles, levels and skills:"));
        blocks.add(ActionsBlock.builder().blockId("sg_home_search_block").elements(List.of(
                ExternalSelectElement.builder()
                        .actionId(SEARCH)
                        .placeholder(plain("Start typing a role or a skill"))
                        .minQueryLength(2)
                        .build()))
                .build());
        blocks.add(section("*Browse* by family, role and level:"));
        blocks.add(ActionsBlock.builder().blockId("sg_home_browse").elements(browseSelects(framework, browse)).build());
        card.ifPresent(message -> {
            blocks.add(DividerBlock.builder().build());
            int room = MAX_BLOCKS - blocks.size();
            blocks.addAll(message.blocks().subList(0, Math.min(room, message.blocks().size())));
        });
        return View.builder().type("home").privateMetadata(browse.toMetadata()).blocks(blocks).build();
    }

    private static List<BlockElement> browseSelects(Framework framework, Browse browse) {
        List<BlockElement> selects = new ArrayList<>();
        selects.add(select(FAMILY, "Choose a family", framework.families().stream().map(Family::name).toList(),
                browse.family()));
        Optional<Family> family = browse.family().flatMap(framework::family);
        family.ifPresent(f -> selects.add(select(ROLE, "Choose a role", f.roles().stream().map(Role::name).toList(),
                browse.role())));
        browse.role().flatMap(framework::role).filter(r -> !r.levels().isEmpty()).ifPresent(r -> selects.add(
                select(LEVEL, "Choose a level", r.levels().stream().map(l -> l.name()).toList(), Optional.empty())));
        return selects;
    }

    private static StaticSelectElement select(String actionId, String placeholder, List<String> names, Optional<String> chosen) {
        // Names longer than an option value allows cannot be chosen back exactly; the data has none.
        List<OptionObject> options = names.stream()
                .filter(name -> name.length() <= OPTION_VALUE_MAX)
                .limit(MAX_OPTIONS)
                .map(HomeTabView::option)
                .toList();
        StaticSelectElement.StaticSelectElementBuilder select = StaticSelectElement.builder()
                .actionId(actionId)
                .placeholder(plain(placeholder))
                .options(options);
        chosen.flatMap(name -> options.stream().filter(o -> o.getValue().equals(name)).findFirst())
                .ifPresent(select::initialOption);
        return select.build();
    }

    /** The typeahead's options: each value is the command that shows its card. */
    public static List<Option> searchOptions(List<NameMatch> matches) {
        List<Option> options = new ArrayList<>();
        for (NameMatch match : matches) {
            String command = commandFor(match);
            if (options.size() == MAX_OPTIONS) {
                break;
            }
            if (command.length() <= OPTION_VALUE_MAX) {
                options.add(new Option(
                        plain(CardComposer.clip(match.name() + " · " + typeName(match), OPTION_TEXT_MAX)), command));
            }
        }
        return options;
    }

    static String commandFor(NameMatch match) {
        return switch (match.type()) {
            case SKILL -> "/skill " + match.name();
            case FAMILY, ROLE, LEVEL -> "/role " + match.name();
        };
    }

    private static String typeName(NameMatch match) {
        return switch (match.type()) {
            case FAMILY -> "family";
            case ROLE -> "role";
            case LEVEL -> "role level";
            case SKILL -> "skill";
        };
    }

    private static OptionObject option(String name) {
        return OptionObject.builder().text(plain(CardComposer.clip(name, OPTION_TEXT_MAX))).value(name).build();
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }
}
