package org.skillsguide.answer;

import java.util.List;
import java.util.Optional;
import org.skillsguide.framework.Family;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.Skill;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;

/**
 * What the engine found for one question or command: the subject and everything a card needs,
 * with no wording and no Slack. Each kind of answer is one record.
 */
public sealed interface Answer {

    /** The words asked, as received (a command keeps its slash, e.g. "/skills lead data engineer"). */
    String question();

    AnswerKind kind();

    /** Exact names, as in the data, of what the answer is about, best first. */
    List<String> subjects();

    /** Other answers the asker may have meant, best first. */
    List<Suggestion> suggestions();

    /** A family and its roles. */
    record FamilyAnswer(String question, Family family, List<Suggestion> suggestions) implements Answer {
        public AnswerKind kind() {
            return AnswerKind.FAMILY;
        }

        public List<String> subjects() {
            return List.of(family.name());
        }
    }

    /** A role and its ladder of levels, junior first. */
    record RoleAnswer(String question, Role role, List<Suggestion> suggestions) implements Answer {
        public AnswerKind kind() {
            return AnswerKind.ROLE;
        }

        public List<String> subjects() {
            return List.of(role.name());
        }
    }

    /** One role level's card: who it is, what they do, what skills at what level. */
    record RoleLevelAnswer(String question, RoleLevel level, Optional<RoleLevel> nextLevel, List<Suggestion> suggestions)
            implements Answer {
        public AnswerKind kind() {
            return AnswerKind.ROLE_LEVEL;
        }

        public List<String> subjects() {
            return List.of(level.name());
        }
    }

    /** The skills a level needs, each with what is expected at that level. */
    record SkillsAnswer(String question, RoleLevel level, List<RequiredSkill> skills, List<Suggestion> suggestions)
            implements Answer {
        public AnswerKind kind() {
            return AnswerKind.SKILLS;
        }

        public List<String> subjects() {
            return List.of(level.name());
        }
    }

    /** A skill: what it is, each proficiency level, and which levels need it. */
    record SkillAnswer(String question, Skill skill, List<LevelNeed> neededBy, List<Suggestion> suggestions)
            implements Answer {
        public AnswerKind kind() {
            return AnswerKind.SKILL;
        }

        public List<String> subjects() {
            return List.of(skill.name());
        }
    }

    /** What changes from one level to another. */
    record CompareAnswer(
            String question,
            RoleLevel from,
            RoleLevel to,
            List<SkillChange> changes,
            List<String> newResponsibilities,
            List<Suggestion> suggestions)
            implements Answer {
        public AnswerKind kind() {
            return AnswerKind.COMPARE;
        }

        public List<String> subjects() {
            return List.of(from.name(), to.name());
        }
    }

    /** Statements that match free text, best first. */
    record StatementsAnswer(String question, List<StatementHit> hits, List<Suggestion> suggestions) implements Answer {
        public AnswerKind kind() {
            return AnswerKind.STATEMENTS;
        }

        public List<String> subjects() {
            return hits.stream().flatMap(hit -> hit.levelNames().stream()).distinct().toList();
        }
    }

    /** How to ask; {@code topic} names a command when help is about one, else empty. */
    record HelpAnswer(String question, Optional<String> topic) implements Answer {
        public AnswerKind kind() {
            return AnswerKind.HELP;
        }

        public List<String> subjects() {
            return topic.map(List::of).orElse(List.of());
        }

        public List<Suggestion> suggestions() {
            return List.of();
        }
    }

    /** Nothing relevant; suggestions are the closest names, if any are close. */
    record NoMatchAnswer(String question, List<Suggestion> suggestions) implements Answer {
        public AnswerKind kind() {
            return AnswerKind.NO_MATCH;
        }

        public List<String> subjects() {
            return List.of();
        }
    }

    /**
     * The engine failed on this question (a bug, logged where it happened). Counted as no_match,
     * but the card says plainly that the bot failed, not that the framework lacks an answer.
     */
    record FailedAnswer(String question) implements Answer {
        public AnswerKind kind() {
            return AnswerKind.NO_MATCH;
        }

        public List<String> subjects() {
            return List.of();
        }

        public List<Suggestion> suggestions() {
            return List.of();
        }
    }

    /** A skill a level needs, with the skill's own description. */
    record RequiredSkill(SkillRequirement requirement, Skill skill) {}

    /** A level that needs a skill, at what proficiency, and what it expects of the skill. */
    record LevelNeed(RoleLevel level, Optional<SkillLevel> skillLevel, List<String> expectations) {}

    /** How one skill differs between two levels. */
    record SkillChange(String skill, Change change, Optional<SkillLevel> before, Optional<SkillLevel> after) {
        public enum Change {
            NEW,
            RAISED,
            LOWERED,
            DROPPED,
            SAME
        }
    }

    /**
     * A statement that matched free text, with every level that states it.
     *
     * @param text the statement
     * @param matched the words of {@code text} that matched, in order of appearance
     * @param levelNames the role levels it belongs to, best match first
     * @param skillName the skill it is about; empty for a level's own responsibility or description
     */
    record StatementHit(String text, List<String> matched, List<String> levelNames, Optional<String> skillName) {

        public StatementHit {
            matched = List.copyOf(matched);
            levelNames = List.copyOf(levelNames);
        }
    }
}
