package org.skillsguide.answer.render;

import static org.skillsguide.answer.render.Mrkdwn.bold;
import static org.skillsguide.answer.render.Mrkdwn.bullets;
import static org.skillsguide.answer.render.Mrkdwn.escape;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.Answer.SkillChange;
import org.skillsguide.answer.Suggestion;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.SkillLevel;

/** Composes each kind of answer as a card: the product's wording lives here and nowhere else. */
public final class CardComposer {

    /** Slack: header text ≤ 150 characters, section text ≤ 3,000. A margin keeps cut marks inside. */
    static final int HEADER_MAX = 150;
    static final int SECTION_MAX = 2_900;

    private CardComposer() {}

    public static Card compose(Answer answer) {
        if (answer instanceof Answer.RoleLevelAnswer a) {
            return roleLevel(a);
        } else if (answer instanceof Answer.SkillsAnswer a) {
            return skills(a);
        } else if (answer instanceof Answer.SkillAnswer a) {
            return skill(a);
        } else if (answer instanceof Answer.RoleAnswer a) {
            return role(a);
        } else if (answer instanceof Answer.FamilyAnswer a) {
            return family(a);
        } else if (answer instanceof Answer.CompareAnswer a) {
            return compare(a);
        } else if (answer instanceof Answer.StatementsAnswer a) {
            return statements(a);
        } else if (answer instanceof Answer.HelpAnswer a) {
            return help(a);
        } else if (answer instanceof Answer.NoMatchAnswer a) {
            return noMatch(a);
        } else if (answer instanceof Answer.FailedAnswer) {
            return new Card("Something went wrong", List.of(
                    section("Sorry, something went wrong while I was answering that. It has been logged for the"
                            + " admins; please try again, or ask it another way."),
                    context("Try `/role`, `/skills` or `/skill` with a name, or ask `help`.")), List.of());
        }
        throw new IllegalStateException("no card for " + answer.kind());
    }

    private static Card roleLevel(Answer.RoleLevelAnswer a) {
        RoleLevel level = a.level();
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header(level.name()));
        body.add(context(escape(level.role()) + " role  ·  " + escape(level.family()) + " family"));
        if (!level.description().isEmpty()) {
            body.addAll(sections("", List.of(escape(level.description()))));
        }
        if (!level.responsibilities().isEmpty()) {
            body.addAll(sections("*At this level you will:*", bulletLines(level.responsibilities())));
        }
        if (!level.skills().isEmpty()) {
            List<String> lines = level.skills().stream()
                    .map(s -> "• " + bold(s.skill()) + s.level().map(l -> " — " + l.label()).orElse(""))
                    .toList();
            body.addAll(sections("*Skills*", lines));
        }
        List<Card.Link> links = new ArrayList<>();
        links.add(new Card.Link("Skills for this level", "/skills " + level.name()));
        a.nextLevel().ifPresent(next -> links.add(new Card.Link(
                "What changes at " + next.name() + "?", "what changes from " + level.name() + " to " + next.name())));
        links.add(new Card.Link("The " + level.role() + " ladder", "/role " + level.role()));
        return new Card(level.name() + " (" + level.role() + ")", body, withSuggestions(links, a.suggestions()));
    }

    private static Card skills(Answer.SkillsAnswer a) {
        RoleLevel level = a.level();
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header("Skills for " + level.name()));
        body.add(context(a.skills().size() + " skills  ·  " + escape(level.role()) + " role  ·  "
                + escape(level.family()) + " family"));
        if (a.skills().isEmpty()) {
            body.add(section("The framework lists no skills for this level."));
        }
        for (Answer.RequiredSkill required : a.skills()) {
            String title = bold(required.requirement().skill())
                    + required.requirement().level().map(l -> "  ·  _" + l.label() + "_").orElse("");
            List<String> lines = required.requirement().expectations().isEmpty()
                    ? required.requirement().level().map(l -> required.skill().statementsAt(l)).orElse(List.of())
                    : required.requirement().expectations();
            List<String> text = lines.isEmpty() && !required.skill().description().isEmpty()
                    ? List.of(escape(required.skill().description()))
                    : bulletLines(lines);
            body.addAll(sections(title, text));
        }
        List<Card.Link> links = new ArrayList<>();
        links.add(new Card.Link(level.name(), "/role " + level.name()));
        return new Card("Skills for " + level.name(), body, withSuggestions(links, a.suggestions()));
    }

    private static Card skill(Answer.SkillAnswer a) {
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header(a.skill().name()));
        body.add(context("Skill"));
        if (!a.skill().description().isEmpty()) {
            body.addAll(sections("", List.of(escape(a.skill().description()))));
        }
        for (SkillLevel level : SkillLevel.values()) {
            List<String> statements = a.skill().statementsAt(level);
            if (!statements.isEmpty()) {
                body.addAll(sections("*" + level.label() + "* — you can:", bulletLines(statements)));
            }
        }
        if (a.neededBy().isEmpty()) {
            body.add(context("No role level in the framework lists this skill."));
        } else {
            // Statement files say what a skill looks like only through the levels that need it.
            boolean describedByLevels = a.skill().levels().isEmpty();
            List<String> lines = a.neededBy().stream()
                    .map(need -> "• " + escape(need.level().name())
                            + need.skillLevel().map(l -> " — _" + l.label() + "_").orElse("")
                            + (describedByLevels && !need.expectations().isEmpty()
                                    ? "\n" + need.expectations().stream().map(e -> "      ◦ " + escape(e)).collect(Collectors.joining("\n"))
                                    : ""))
                    .toList();
            int count = a.neededBy().size();
            body.addAll(sections("*Needed by " + count + (count == 1 ? " role level*" : " role levels*"), lines));
        }
        return new Card(a.skill().name() + " (skill)", body, withSuggestions(List.of(), a.suggestions()));
    }

    private static Card role(Answer.RoleAnswer a) {
        Role role = a.role();
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header(role.name()));
        body.add(context(escape(role.family()) + " family  ·  " + role.levels().size() + " levels"));
        if (!role.description().isEmpty()) {
            body.addAll(sections("", List.of(escape(role.description()))));
        }
        List<Card.Link> links = new ArrayList<>();
        if (role.levels().isEmpty()) {
            body.add(section("No levels of this role are in use in the framework."));
        } else {
            List<String> ladder = new ArrayList<>();
            for (int i = 0; i < role.levels().size(); i++) {
                RoleLevel level = role.levels().get(i);
                ladder.add((i + 1) + ". " + bold(level.name()));
                links.add(new Card.Link(level.name(), "/role " + level.name()));
            }
            body.addAll(sections("*Levels, most junior first*", ladder));
        }
        return new Card(role.name() + " (role)", body, withSuggestions(links, a.suggestions()));
    }

    private static Card family(Answer.FamilyAnswer a) {
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header(a.family().name() + " roles"));
        body.add(context(a.family().roles().size() + " roles in the " + escape(a.family().name()) + " family"));
        List<String> lines = new ArrayList<>();
        List<Card.Link> links = new ArrayList<>();
        for (Role role : a.family().roles()) {
            String summary = firstSentence(role.description());
            lines.add("• " + bold(role.name()) + (summary.isEmpty() ? "" : " — " + escape(summary)));
            links.add(new Card.Link(role.name(), "/role " + role.name()));
        }
        body.addAll(sections("", lines));
        return new Card(a.family().name() + " roles", body, withSuggestions(links, a.suggestions()));
    }

    private static Card compare(Answer.CompareAnswer a) {
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header("From " + a.from().name() + " to " + a.to().name()));
        if (a.from().equals(a.to())) {
            body.add(section("That is the same level twice: nothing changes. Compare it with the next level up, or ask for its card."));
            return new Card("From " + a.from().name() + " to " + a.to().name(), body,
                    List.of(new Card.Link(a.to().name(), "/role " + a.to().name()), new Card.Link("The " + a.to().role() + " ladder", "/role " + a.to().role())));
        }
        body.add(context("What changes in skills and responsibilities"));
        addChanges(body, a.changes(), SkillChange.Change.NEW, "*New skills*");
        addChanges(body, a.changes(), SkillChange.Change.RAISED, "*Skills raised*");
        addChanges(body, a.changes(), SkillChange.Change.LOWERED, "*Skills lowered*");
        addChanges(body, a.changes(), SkillChange.Change.DROPPED, "*Skills no longer listed*");
        addChanges(body, a.changes(), SkillChange.Change.SAME, "*Unchanged*");
        if (!a.newResponsibilities().isEmpty()) {
            body.addAll(sections("*New responsibilities*", bulletLines(a.newResponsibilities())));
        }
        if (a.changes().stream().allMatch(c -> c.change() == SkillChange.Change.SAME) && a.newResponsibilities().isEmpty()) {
            body.add(section("The framework lists the same skills at the same levels for both."));
        }
        List<Card.Link> links = new ArrayList<>();
        a.suggestions().forEach(s -> links.add(new Card.Link(s.label(), s.query())));
        return new Card("From " + a.from().name() + " to " + a.to().name(), body, links);
    }

    private static void addChanges(List<LayoutBlock> body, List<SkillChange> changes, SkillChange.Change kind, String title) {
        List<String> lines = changes.stream()
                .filter(c -> c.change() == kind)
                .map(c -> "• " + escape(c.skill()) + levels(c))
                .toList();
        if (!lines.isEmpty()) {
            body.addAll(sections(title, lines));
        }
    }

    private static String levels(SkillChange change) {
        Optional<String> before = change.before().map(SkillLevel::label);
        Optional<String> after = change.after().map(SkillLevel::label);
        return switch (change.change()) {
            case NEW -> after.map(l -> " — " + l).orElse("");
            case DROPPED -> before.map(l -> " — was " + l).orElse("");
            case SAME -> after.map(l -> " — " + l).orElse("");
            case RAISED, LOWERED -> " — " + before.orElse("?") + " → " + after.orElse("?");
        };
    }

    private static Card statements(Answer.StatementsAnswer a) {
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header("Statements that match"));
        body.add(context("From the framework's role levels and skills, best match first"));
        for (Answer.StatementHit hit : a.hits()) {
            String levels = hit.levelNames().size() <= 4
                    ? String.join(", ", hit.levelNames())
                    : String.join(", ", hit.levelNames().subList(0, 3)) + " and " + (hit.levelNames().size() - 3) + " more";
            String where = escape(levels) + hit.skillName().map(s -> "  ·  " + escape(s)).orElse("");
            body.addAll(sections("", List.of("> " + Mrkdwn.withBoldWords(hit.text(), hit.matched()) + "\n_" + where + "_")));
        }
        return new Card("Statements that match", body, withSuggestions(List.of(), a.suggestions()));
    }

    private static Card help(Answer.HelpAnswer a) {
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header("Skills Guide"));
        body.add(section("I explain the roles and skills of the capability framework. Ask me in a DM or mention me, "
                + "or use a command:"));
        String topic = a.topic().orElse("");
        if (topic.isEmpty() || topic.equals("role")) {
            body.add(section("*/role* _role or level_ — a role's ladder of levels, or one level's card\n"
                    + "e.g. `/role data engineer`  ·  `/role head of ITSM`"));
        }
        if (topic.isEmpty() || topic.equals("skills")) {
            body.add(section("*/skills* _level_ — the skills a level needs and what is expected at that level\n"
                    + "e.g. `/skills lead data engineer`"));
        }
        if (topic.isEmpty() || topic.equals("skill")) {
            body.add(section("*/skill* _skill_ — what a skill is, what each level looks like, who needs it\n"
                    + "e.g. `/skill stakeholder relationship management`"));
        }
        if (topic.isEmpty() || !List.of("role", "skills", "skill").contains(topic)) {
            body.add(section("*Or just ask:*\n• what does a head of ITSM do\n• skills for a senior data engineer\n"
                    + "• what changes from senior data engineer to lead data engineer\n"
                    + "• what roles are there in data\n• who leads a team, ensuring adequate resources and capacity"));
        }
        return new Card("How to use Skills Guide", body, List.of());
    }

    private static Card noMatch(Answer.NoMatchAnswer a) {
        List<LayoutBlock> body = new ArrayList<>();
        String asked = a.question().strip();
        String shown = clip(asked, 200);
        body.add(section("I couldn't find anything in the framework about “" + escape(shown) + "”."));
        if (!a.suggestions().isEmpty()) {
            body.add(section("*Did you mean:* " + a.suggestions().stream()
                    .map(s -> escape(s.label()))
                    .collect(Collectors.joining("  ·  "))));
        }
        body.add(context("Try `/role`, `/skills` or `/skill` with a name, or ask `help`."));
        return new Card("Nothing found", body, withSuggestions(List.of(), a.suggestions()));
    }

    /** The card's own links, then the suggestions that do not repeat one of them. */
    private static List<Card.Link> withSuggestions(List<Card.Link> links, List<Suggestion> suggestions) {
        List<Card.Link> all = new ArrayList<>(links);
        java.util.Set<String> queries = new java.util.HashSet<>();
        links.forEach(link -> queries.add(link.query().toLowerCase(java.util.Locale.ROOT)));
        for (Suggestion suggestion : suggestions) {
            if (queries.add(suggestion.query().toLowerCase(java.util.Locale.ROOT))) {
                all.add(new Card.Link(suggestion.label(), suggestion.query()));
            }
        }
        return all;
    }

    private static List<String> bulletLines(List<String> lines) {
        return lines.stream().map(line -> bullets(List.of(line))).toList();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String sentence = end > 0 ? text.substring(0, end + 1) : text;
        int newline = sentence.indexOf('\n');
        return (newline > 0 ? sentence.substring(0, newline) : sentence).strip();
    }

    static HeaderBlock header(String text) {
        return HeaderBlock.builder().text(PlainTextObject.builder().text(clip(text, HEADER_MAX)).emoji(true).build()).build();
    }

    static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder()
                .elements(List.of(MarkdownTextObject.builder().text(clip(mrkdwn, SECTION_MAX)).build()))
                .build();
    }

    static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(clip(mrkdwn, SECTION_MAX)).build()).build();
    }

    static DividerBlock divider() {
        return DividerBlock.builder().build();
    }

    /**
     * A titled list as as few sections as Slack's 3,000-character limit allows, cut between lines;
     * a single line longer than a section is cut with an ellipsis.
     */
    static List<LayoutBlock> sections(String title, List<String> lines) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder(title);
        for (String line : lines) {
            String piece = clip(line, SECTION_MAX - title.length() - 1);
            if (text.length() + 1 + piece.length() > SECTION_MAX) {
                blocks.add(section(text.toString()));
                text.setLength(0);
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(piece);
        }
        if (!text.isEmpty()) {
            blocks.add(section(text.toString()));
        }
        return blocks;
    }

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
