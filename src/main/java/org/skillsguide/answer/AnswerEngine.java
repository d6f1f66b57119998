package org.skillsguide.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skillsguide.answer.Answer.LevelNeed;
import org.skillsguide.answer.Answer.RequiredSkill;
import org.skillsguide.answer.Answer.SkillChange;
import org.skillsguide.answer.Answer.StatementHit;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.LadderWords;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.Skill;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;
import org.skillsguide.search.EntityType;
import org.skillsguide.search.FrameworkIndex;
import org.skillsguide.search.NameMatch;
import org.skillsguide.search.StatementMatch;

/**
 * Turns a question or a slash command into an {@link Answer}. The one engine behind every surface:
 * Slack, the terminal chat and {@code ask} give the same answer to the same words. Never throws on
 * any input.
 */
public final class AnswerEngine {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AnswerEngine.class);

    /** A name is taken as meant at this score; below it the question is searched as free text. */
    static final double ACCEPT = 0.62;
    /** Matches this close to the best are offered beside it. */
    private static final double NEAR_BEST = 0.2;
    /** A name this close is worth a "did you mean". */
    private static final double SUGGEST = 0.4;
    private static final int MAX_SUGGESTIONS = 3;
    /** The floor for a name that holds every typed word when the kind of thing was said. */
    private static final double ACCEPT_KIND_SAID = 0.4;
    /** Every typed word present, allowing for one misspelling. */
    private static final double FULL_PHRASE = 0.75;
    private static final int MAX_STATEMENTS = 5;

    private static final Set<EntityType> ANY = EnumSet.allOf(EntityType.class);
    private static final Set<EntityType> ROLES_AND_LEVELS = EnumSet.of(EntityType.ROLE, EntityType.LEVEL);

    private final FrameworkIndex index;
    private final Framework framework;

    public AnswerEngine(FrameworkIndex index) {
        this.index = index;
        this.framework = index.framework();
    }

    public Framework framework() {
        return framework;
    }

    public FrameworkIndex index() {
        return index;
    }

    /** Answers a question, or a slash command when the text starts with "/". */
    public Answer answer(String question) {
        String asked = question == null ? "" : question;
        try {
            return answerUnguarded(asked);
        } catch (RuntimeException e) {
            // A bug must not reach the asker as a stack trace: log it, and say plainly that we failed.
            LOG.error("answering failed for a question of {} characters", asked.length(), e);
            return new Answer.FailedAnswer(asked);
        }
    }

    /** As {@link #answer}, letting a bug's exception through: for tests that prove there is none. */
    Answer answerUnguarded(String question) {
        return answer(question, QuestionParser.parse(question));
    }

    private Answer answer(String question, Intent intent) {
        // Java 17 has no pattern switch; Intent is sealed, so this chain is complete.
        if (intent instanceof Intent.Help help) {
            return new Answer.HelpAnswer(question, help.topic());
        } else if (intent instanceof Intent.Lookup lookup) {
            return lookup(question, lookup);
        } else if (intent instanceof Intent.RoleOrLevel role) {
            return roleOrLevel(question, role.phrase());
        } else if (intent instanceof Intent.SkillsOf skills) {
            return skillsOf(question, skills.phrase());
        } else if (intent instanceof Intent.SkillNamed skill) {
            return skillNamed(question, skill.phrase());
        } else if (intent instanceof Intent.RolesIn roles) {
            return rolesIn(question, roles.phrase());
        } else if (intent instanceof Intent.Compare compare) {
            return compare(question, compare);
        }
        throw new IllegalStateException("unknown intent " + intent);
    }

    private Answer lookup(String question, Intent.Lookup lookup) {
        List<NameMatch> matches = index.matchNames(lookup.phrase(), ANY, 12);
        List<EntityType> preference = switch (lookup.asking()) {
            case PERSON -> List.of(EntityType.LEVEL, EntityType.ROLE, EntityType.SKILL, EntityType.FAMILY);
            case THING -> List.of(EntityType.SKILL, EntityType.ROLE, EntityType.LEVEL, EntityType.FAMILY);
            case NAME -> List.of(EntityType.ROLE, EntityType.LEVEL, EntityType.SKILL, EntityType.FAMILY);
        };
        Optional<NameMatch> best = choose(lookup.phrase(), matches, preference, false);
        if (best.isPresent()) {
            return answerFor(question, best.get(), suggestions(alternatives(matches, best.get())));
        }
        if (!matches.isEmpty() && matches.get(0).score() >= ACCEPT && namesIt(matches.get(0))) {
            // A name was clearly meant but not one we have ("lead delivery manager", "manager"):
            // offer the names, not statements that happen to share a word.
            return noMatch(question, lookup.phrase(), matches);
        }
        return searchStatements(question, lookup.phrase(), matches);
    }

    /** "/role X": a role or a level; a family's roles when X names a family ("/role QAT"). */
    private Answer roleOrLevel(String question, String phrase) {
        List<NameMatch> matches = index.matchNames(phrase, EnumSet.of(EntityType.ROLE, EntityType.LEVEL, EntityType.FAMILY), 12);
        return choose(phrase, matches, List.of(EntityType.ROLE, EntityType.LEVEL, EntityType.FAMILY), true)
                .map(best -> answerFor(question, best, suggestions(alternatives(matches, best))))
                .orElseGet(() -> noMatch(question, phrase, matches));
    }

    private Answer skillNamed(String question, String phrase) {
        List<NameMatch> matches = index.matchNames(phrase, EnumSet.of(EntityType.SKILL), 12);
        return choose(phrase, matches, List.of(EntityType.SKILL), true)
                .map(best -> answerFor(question, best, suggestions(alternatives(matches, best))))
                .orElseGet(() -> noMatch(question, phrase, index.matchNames(phrase, ANY, 6)));
    }

    private Answer rolesIn(String question, String phrase) {
        List<NameMatch> matches = index.matchNames(phrase, EnumSet.of(EntityType.FAMILY, EntityType.ROLE), 12);
        return choose(phrase, matches, List.of(EntityType.FAMILY, EntityType.ROLE), true)
                .map(best -> answerFor(question, best, suggestions(alternatives(matches, best))))
                .orElseGet(() -> lookup(question, new Intent.Lookup(phrase, Intent.Asking.NAME)));
    }

    private Answer skillsOf(String question, String phrase) {
        List<NameMatch> matches = index.matchNames(phrase, ROLES_AND_LEVELS, 12);
        Optional<NameMatch> best = choose(phrase, matches, List.of(EntityType.LEVEL, EntityType.ROLE), true);
        if (best.isEmpty()) {
            // "communication skills" asks for a skill, not for the skills of a level.
            return question.startsWith("/") ? noMatch(question, phrase, matches) : skillNamed(question, phrase);
        }
        List<Suggestion> others = alternatives(matches, best.get()).stream()
                .map(m -> m.type() == EntityType.LEVEL ? new Suggestion("Skills for " + m.name(), "/skills " + m.name(), m.name()) : suggestionFor(m))
                .toList();
        Optional<RoleLevel> level = levelMeant(best.get());
        if (level.isEmpty()) {
            return answerFor(question, best.get(), others);
        }
        return skillsAnswer(question, level.get(), others);
    }

    private Answer compare(String question, Intent.Compare compare) {
        List<NameMatch> fromMatches = index.matchNames(compare.from(), ROLES_AND_LEVELS, 6);
        List<NameMatch> toMatches = index.matchNames(compare.to(), ROLES_AND_LEVELS, 6);
        Optional<RoleLevel> from = choose(compare.from(), fromMatches, List.of(EntityType.LEVEL, EntityType.ROLE), false)
                .flatMap(this::levelMeant);
        Optional<RoleLevel> to = choose(compare.to(), toMatches, List.of(EntityType.LEVEL, EntityType.ROLE), false)
                .flatMap(this::levelMeant);
        if (from.isEmpty() || to.isEmpty()) {
            List<NameMatch> near = new ArrayList<>(from.isEmpty() ? fromMatches : toMatches);
            return noMatch(question, from.isEmpty() ? compare.from() : compare.to(), near);
        }
        return compareLevels(question, from.get(), to.get());
    }

    /** What changes between two levels: skills new, raised, lowered or dropped, and new responsibilities. */
    public Answer.CompareAnswer compareLevels(String question, RoleLevel from, RoleLevel to) {
        Map<String, SkillRequirement> before = byKey(from.skills());
        Map<String, SkillRequirement> after = byKey(to.skills());
        List<SkillChange> changes = new ArrayList<>();
        after.forEach((key, requirement) -> {
            SkillRequirement old = before.get(key);
            if (old == null) {
                changes.add(new SkillChange(requirement.skill(), SkillChange.Change.NEW, Optional.empty(), requirement.level()));
            } else {
                changes.add(new SkillChange(requirement.skill(), change(old.level(), requirement.level()), old.level(), requirement.level()));
            }
        });
        before.forEach((key, requirement) -> {
            if (!after.containsKey(key)) {
                changes.add(new SkillChange(requirement.skill(), SkillChange.Change.DROPPED, requirement.level(), Optional.empty()));
            }
        });
        changes.sort(Comparator.comparing(SkillChange::change).thenComparing(SkillChange::skill));
        List<String> oldResponsibilities = from.responsibilities().stream().map(Framework::key).toList();
        List<String> newResponsibilities = to.responsibilities().stream()
                .filter(r -> !oldResponsibilities.contains(Framework.key(r)))
                .toList();
        List<Suggestion> suggestions = List.of(
                new Suggestion("Skills for " + to.name(), "/skills " + to.name(), to.name()),
                new Suggestion(to.name(), "/role " + to.name(), to.name()));
        return new Answer.CompareAnswer(question, from, to, changes, newResponsibilities, suggestions);
    }

    private static SkillChange.Change change(Optional<SkillLevel> before, Optional<SkillLevel> after) {
        if (before.isEmpty() || after.isEmpty() || before.get() == after.get()) {
            return SkillChange.Change.SAME;
        }
        return after.get().compareTo(before.get()) > 0 ? SkillChange.Change.RAISED : SkillChange.Change.LOWERED;
    }

    private static Map<String, SkillRequirement> byKey(List<SkillRequirement> requirements) {
        Map<String, SkillRequirement> map = new LinkedHashMap<>();
        requirements.forEach(r -> map.putIfAbsent(Framework.key(r.skill()), r));
        return map;
    }

    private Answer searchStatements(String question, String phrase, List<NameMatch> nearNames) {
        List<StatementMatch> found = index.searchStatements(question, MAX_STATEMENTS * 6);
        if (found.isEmpty()) {
            return noMatch(question, phrase, nearNames);
        }
        // Many levels share a statement word for word: show it once, with all of them.
        Map<String, List<StatementMatch>> byText = new LinkedHashMap<>();
        found.forEach(m -> byText.computeIfAbsent(Framework.key(m.text()) + "\u0000" + m.skill().orElse(""), k -> new ArrayList<>()).add(m));
        List<StatementHit> hits = byText.values().stream()
                .limit(MAX_STATEMENTS)
                .map(same -> new StatementHit(same.get(0).text(), same.get(0).matchedWords(),
                        same.stream().map(StatementMatch::level).distinct().toList(), same.get(0).skill()))
                .toList();
        List<Suggestion> suggestions = hits.stream()
                .flatMap(hit -> hit.levelNames().stream())
                .distinct()
                .limit(MAX_SUGGESTIONS)
                .map(level -> new Suggestion(level, "/role " + level, level))
                .toList();
        return new Answer.StatementsAnswer(question, hits, suggestions);
    }

    /**
     * Nothing to answer; the closest names as "did you mean". When the phrase names a rung a role
     * does not have ("lead delivery manager"), the role's ladder is what helps.
     */
    private Answer noMatch(String question, String phrase, List<NameMatch> near) {
        if (!near.isEmpty() && !keepsTheRung(phrase, near.get(0))) {
            Optional<Role> role = near.get(0).type() == EntityType.ROLE
                    ? framework.role(near.get(0).name())
                    : framework.level(near.get(0).name()).map(framework::roleOf);
            if (role.isPresent() && !role.get().levels().isEmpty()) {
                return new Answer.NoMatchAnswer(question, role.get().levels().stream()
                        .map(l -> new Suggestion(l.name(), "/role " + l.name(), l.name()))
                        .toList());
            }
        }
        Set<String> named = new java.util.HashSet<>();
        List<Suggestion> suggestions = near.stream()
                .filter(m -> m.score() >= SUGGEST)
                .filter(m -> named.add(Framework.key(m.name())))
                .limit(MAX_SUGGESTIONS)
                .map(AnswerEngine::suggestionFor)
                .toList();
        return new Answer.NoMatchAnswer(question, suggestions);
    }

    /**
     * The match meant: the best score if it is good enough; among near-equal scores (a role and its
     * plain level share a name), the type the question prefers.
     */
    /**
     * The match meant: the best score if it is good enough; among near-equal scores (a role and its
     * plain level share a name), the type the question prefers. When the asker said what kind of
     * thing they want ("/skill coding", "testing roles"), a name holding every word they typed is
     * taken even if it has more words of its own ("Coding and scripting"), unless several do.
     */
    private static Optional<NameMatch> choose(String phrase, List<NameMatch> matches, List<EntityType> preference, boolean kindSaid) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        NameMatch top = matches.get(0);
        Optional<NameMatch> chosen;
        if (top.score() < ACCEPT || (!kindSaid && !namesIt(top))) {
            chosen = kindSaid
                    ? matches.stream()
                            .filter(m -> m.phraseCoverage() >= 0.99 && m.score() >= ACCEPT_KIND_SAID)
                            .filter(m -> preference.contains(m.type()))
                            .min(Comparator.comparingInt((NameMatch m) -> preference.indexOf(m.type()))
                                    .thenComparing(Comparator.comparingDouble(NameMatch::score).reversed()))
                    : Optional.empty();
        } else {
            chosen = matches.stream()
                    .filter(m -> m.score() >= top.score() - 0.02)
                    .filter(m -> preference.contains(m.type()))
                    .min(Comparator.comparingInt((NameMatch m) -> preference.indexOf(m.type())))
                    .or(() -> Optional.of(top));
        }
        return chosen.filter(m -> keepsTheRung(phrase, m)).filter(m -> !oneOfMany(matches, m));
    }

    /** "lead delivery manager" is not "Delivery manager": a rung the asker named must be in the name. */
    private static boolean keepsTheRung(String phrase, NameMatch match) {
        return LadderWords.in(match.name()).containsAll(LadderWords.in(phrase));
    }

    /**
     * "manager" or "/role architect" is in many names and is none of them: the asker is offered
     * them rather than the shortest.
     */
    private static boolean oneOfMany(List<NameMatch> matches, NameMatch chosen) {
        return chosen.nameCoverage() < 0.99
                && matches.stream().filter(m -> m.phraseCoverage() >= 0.99 && !m.name().equalsIgnoreCase(chosen.name())).count() >= 2;
    }

    /**
     * A phrase names a thing when it has (nearly) all of the phrase's words, or all of its own
     * words: "describ a technical architect" names the technical architect, "who designs a data
     * pipeline" does not name "Data integration design".
     */
    private static boolean namesIt(NameMatch match) {
        return match.phraseCoverage() >= FULL_PHRASE || match.nameCoverage() >= 0.99;
    }

    /**
     * Other names that match about as well and have every word the asker typed ("Lead developer -
     * management" for "lead developer", not "Data engineer" for "senior data engineer"). A role and
     * its level of the same name link to each other already, and a role's card lists its levels.
     */
    private List<NameMatch> alternatives(List<NameMatch> matches, NameMatch chosen) {
        Set<String> shown = new java.util.HashSet<>();
        shown.add(Framework.key(chosen.name()));
        if (chosen.type() == EntityType.ROLE) {
            framework.role(chosen.name()).ifPresent(r -> r.levels().forEach(l -> shown.add(Framework.key(l.name()))));
        }
        return matches.stream()
                .filter(m -> m != chosen && m.score() >= Math.max(SUGGEST, chosen.score() - NEAR_BEST))
                .filter(m -> m.phraseCoverage() >= FULL_PHRASE)
                .filter(m -> shown.add(Framework.key(m.name())))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static List<Suggestion> suggestions(List<NameMatch> matches) {
        return matches.stream().map(AnswerEngine::suggestionFor).toList();
    }

    private static Suggestion suggestionFor(NameMatch match) {
        return switch (match.type()) {
            case FAMILY -> new Suggestion(match.name() + " roles", "what roles are there in " + match.name(), match.name());
            case ROLE -> new Suggestion(match.name() + " (role)", "/role " + match.name(), match.name());
            case LEVEL -> new Suggestion(match.name(), "/role " + match.name(), match.name());
            case SKILL -> new Suggestion(match.name() + " (skill)", "/skill " + match.name(), match.name());
        };
    }

    private Answer answerFor(String question, NameMatch match, List<Suggestion> suggestions) {
        return switch (match.type()) {
            case FAMILY -> framework.family(match.name())
                    .<Answer>map(f -> new Answer.FamilyAnswer(question, f, suggestions))
                    .orElseGet(() -> new Answer.NoMatchAnswer(question, suggestions));
            case ROLE -> framework.role(match.name())
                    .<Answer>map(r -> new Answer.RoleAnswer(question, r, suggestions))
                    .orElseGet(() -> new Answer.NoMatchAnswer(question, suggestions));
            case LEVEL -> framework.level(match.name())
                    .<Answer>map(l -> new Answer.RoleLevelAnswer(question, l, nextLevel(l), suggestions))
                    .orElseGet(() -> new Answer.NoMatchAnswer(question, suggestions));
            case SKILL -> framework.skill(match.name())
                    .<Answer>map(s -> skillAnswer(question, s, suggestions))
                    .orElseGet(() -> new Answer.NoMatchAnswer(question, suggestions));
        };
    }

    private Answer.SkillAnswer skillAnswer(String question, Skill skill, List<Suggestion> suggestions) {
        List<LevelNeed> needs = new ArrayList<>();
        for (RoleLevel level : framework.levelsNeeding(skill.name())) {
            level.skills().stream()
                    .filter(r -> Framework.key(r.skill()).equals(Framework.key(skill.name())))
                    .findFirst()
                    .ifPresent(r -> needs.add(new LevelNeed(level, r.level(), r.expectations())));
        }
        return new Answer.SkillAnswer(question, skill, needs, suggestions);
    }

    private Answer.SkillsAnswer skillsAnswer(String question, RoleLevel level, List<Suggestion> suggestions) {
        List<RequiredSkill> skills = level.skills().stream()
                .map(r -> new RequiredSkill(r, framework.skill(r.skill()).orElse(new Skill(r.skill(), "", Map.of()))))
                .toList();
        return new Answer.SkillsAnswer(question, level, skills, suggestions);
    }

    /** The level a match stands for: itself, or the level of a role that bears the role's name. */
    private Optional<RoleLevel> levelMeant(NameMatch match) {
        return switch (match.type()) {
            case LEVEL -> framework.level(match.name());
            case ROLE -> framework.role(match.name()).flatMap(role -> role.levels().stream()
                    .filter(level -> Framework.key(level.name()).equals(Framework.key(role.name())))
                    .findFirst()
                    .or(() -> role.levels().size() == 1 ? Optional.of(role.levels().get(0)) : Optional.empty()));
            default -> Optional.empty();
        };
    }

    /** The next level up the same role's ladder, if any. */
    public Optional<RoleLevel> nextLevel(RoleLevel level) {
        Role role = framework.roleOf(level);
        int at = role.levels().indexOf(level);
        return at >= 0 && at + 1 < role.levels().size() ? Optional.of(role.levels().get(at + 1)) : Optional.empty();
    }

}
