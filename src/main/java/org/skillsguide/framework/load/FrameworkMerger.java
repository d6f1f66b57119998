package org.skillsguide.framework.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skillsguide.framework.Family;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.Skill;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;

/**
 * Unifies the contributions of all files into one framework. A family, role, level or skill is one
 * entity however many files mention it (names match ignoring case, after cleaning).
 *
 * <p>Two passes, because order and precedence want different file orders. Pass one walks exports
 * first and creates every entity, so the framework lists things as the official data does and a
 * statement file's additions come after. Pass two walks statement files first and fills contents
 * where still empty, so a hand-edited text beats the export's and otherwise the first file in name
 * order wins. Skills a level needs are a union; a requirement with a proficiency beats one without.
 */
final class FrameworkMerger {

    private final Map<String, FamilyDraft> families = new LinkedHashMap<>();
    private final Map<String, RoleDraft> roles = new LinkedHashMap<>();
    private final Map<String, SkillDraft> skills = new LinkedHashMap<>();
    // A set: the same merge conflict met on every row of an export is one problem.
    private final Set<Problem> problems = new LinkedHashSet<>();

    private FrameworkMerger() {}

    static LoadResult merge(List<Contribution> contributions) {
        FrameworkMerger merger = new FrameworkMerger();
        contributions.forEach(c -> merger.problems.addAll(c.problems()));
        contributions.stream().sorted(Comparator.comparing(Contribution::handEdited)).forEach(merger::register);
        contributions.stream()
                .sorted(Comparator.comparing(Contribution::handEdited).reversed())
                .forEach(merger::fill);
        Framework framework = merger.build();
        return new LoadResult(framework, List.copyOf(merger.problems));
    }

    // ---- pass one: entities, in the order the data lists them

    private void register(Contribution contribution) {
        for (Role fragment : contribution.roles()) {
            FamilyDraft family = families.computeIfAbsent(Framework.key(fragment.family()), k -> new FamilyDraft(fragment.family()));
            RoleDraft role = roles.computeIfAbsent(Framework.key(fragment.name()), k -> family.add(new RoleDraft(fragment.name(), family)));
            if (role.family != family) {
                problems.add(Problem.warning(contribution.file(), 0, "role '" + role.name + "' is in family '"
                        + role.family.name + "'; this file puts it in '" + fragment.family() + "': kept '"
                        + role.family.name + "'"));
            }
            for (RoleLevel level : fragment.levels()) {
                LevelDraft draft = role.levels.computeIfAbsent(Framework.key(level.name()),
                        k -> new LevelDraft(level.name(), contribution.file()));
                level.skills().forEach(requirement -> draft.skills.computeIfAbsent(Framework.key(requirement.skill()),
                        k -> new RequirementDraft(requirement.skill(), contribution.file())));
            }
        }
        contribution.skills().forEach(skill -> skills.computeIfAbsent(Framework.key(skill.name()), k -> new SkillDraft(skill.name())));
    }

    // ---- pass two: contents, the first non-empty one winning

    private void fill(Contribution contribution) {
        for (Role fragment : contribution.roles()) {
            RoleDraft role = roles.get(Framework.key(fragment.name()));
            role.description = firstNonEmpty(role.description, fragment.description());
            fragment.levels().forEach(level -> fill(role.levels.get(Framework.key(level.name())), level, contribution.file()));
        }
        for (Skill fragment : contribution.skills()) {
            SkillDraft skill = skills.get(Framework.key(fragment.name()));
            skill.description = firstNonEmpty(skill.description, fragment.description());
            fragment.levels().forEach(skill.levels::putIfAbsent);
        }
        for (Contribution.LevelOrder order : contribution.levelOrders()) {
            RoleDraft role = roles.get(Framework.key(order.role()));
            if (role.order.isEmpty()) {
                role.order = Optional.of(order);
                role.orderFile = contribution.file();
            } else {
                problems.add(Problem.warning(contribution.file(), order.line(), "role '" + role.name
                        + "' already has a level order from " + role.orderFile + "; this one is ignored"));
            }
        }
    }

    private void fill(LevelDraft level, RoleLevel fragment, String file) {
        level.description = firstNonEmpty(level.description, fragment.description());
        level.responsibilities = firstNonEmpty(level.responsibilities, fragment.responsibilities());
        for (SkillRequirement incoming : fragment.skills()) {
            RequirementDraft requirement = level.skills.get(Framework.key(incoming.skill()));
            if (requirement.level.isPresent() && incoming.level().isPresent()
                    && !requirement.level.equals(incoming.level())) {
                problems.add(Problem.warning(file, 0, "'" + level.name + "' needs '" + requirement.name + "' at "
                        + incoming.level().get().label() + " here but at " + requirement.level.get().label()
                        + " in " + requirement.levelFile + ": kept " + requirement.level.get().label()));
            }
            if (requirement.level.isEmpty() && incoming.level().isPresent()) {
                requirement.level = incoming.level();
                requirement.levelFile = file;
            }
            requirement.expectations = firstNonEmpty(requirement.expectations, incoming.expectations());
        }
    }

    // ---- the model

    private Framework build() {
        levelsNeedSkills();
        warnAboutSharedLevelNames();
        List<Family> builtFamilies = families.values().stream().map(this::family).toList();
        List<Skill> builtSkills = skills.values().stream()
                .map(s -> new Skill(s.name, s.description, s.levels))
                .sorted(Comparator.comparing(Skill::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Skill::name))
                .toList();
        return new Framework(builtFamilies, builtSkills);
    }

    /**
     * Every skill a level needs exists; one only named by levels is made of what they say of it.
     * That is a likely misspelling only when some file does describe skills: statement files alone
     * have no way to, so then it is normal and not worth a warning.
     */
    private void levelsNeedSkills() {
        boolean someFileDescribesSkills = !skills.isEmpty();
        for (RoleDraft role : roles.values()) {
            for (LevelDraft level : role.levels.values()) {
                for (RequirementDraft requirement : level.skills.values()) {
                    SkillDraft skill = skills.computeIfAbsent(Framework.key(requirement.name), k -> {
                        if (someFileDescribesSkills) {
                            problems.add(Problem.warning(requirement.file, 0, "skill '" + requirement.name
                                + "' is needed by '" + level.name + "' but described nowhere: created from what"
                                + " the levels say (check the spelling)"));
                        }
                        return new SkillDraft(requirement.name);
                    });
                    requirement.name = skill.name;
                    if (!requirement.expectations.isEmpty()) {
                        requirement.level.ifPresent(l -> skill.levels.putIfAbsent(l, requirement.expectations));
                    }
                }
            }
        }
    }

    /** Framework looks levels up by name alone, so one name in two roles finds only the first. */
    private void warnAboutSharedLevelNames() {
        Map<String, RoleDraft> owners = new LinkedHashMap<>();
        roles.values().forEach(role -> role.levels.forEach((levelKey, level) -> {
            RoleDraft owner = owners.putIfAbsent(levelKey, role);
            if (owner != null) {
                problems.add(Problem.warning(level.file, 0, "level '" + level.name + "' is in roles '" + owner.name
                        + "' and '" + role.name + "': a look-up by level name finds the first"));
            }
        }));
    }

    private Family family(FamilyDraft family) {
        return new Family(family.name, family.roles.stream().map(this::role).toList());
    }

    private Role role(RoleDraft role) {
        List<RoleLevel> levels = ordered(role).stream()
                .map(level -> new RoleLevel(level.name, role.name, role.family.name, level.description,
                        level.responsibilities, level.skills.values().stream()
                                .map(r -> new SkillRequirement(r.name, r.level, r.expectations))
                                .toList()))
                .toList();
        return new Role(role.name, role.family.name, role.description, levels);
    }

    /** Ladder order, or the order a statement file's {@code Level order:} gives, ladder for the rest. */
    private List<LevelDraft> ordered(RoleDraft role) {
        List<String> ladder = LadderOrder.sort(role.name, role.levels.values().stream().map(l -> l.name).toList());
        List<LevelDraft> ordered = new ArrayList<>();
        role.order.ifPresent(order -> {
            for (String wanted : order.levels()) {
                LevelDraft level = role.levels.get(Framework.key(wanted));
                if (level == null) {
                    problems.add(Problem.warning(role.orderFile, order.line(), "level order names '" + wanted
                            + "', which is not a level of role '" + role.name + "'"));
                } else if (!ordered.contains(level)) {
                    ordered.add(level);
                }
            }
        });
        List<LevelDraft> rest = ladder.stream().map(name -> role.levels.get(Framework.key(name)))
                .filter(level -> !ordered.contains(level)).toList();
        if (role.order.isPresent() && !rest.isEmpty()) {
            problems.add(Problem.warning(role.orderFile, role.order.get().line(), "level order of role '" + role.name
                    + "' leaves out " + rest.stream().map(l -> "'" + l.name + "'").toList()
                    + ": they follow in ladder order"));
        }
        ordered.addAll(rest);
        return ordered;
    }

    private static String firstNonEmpty(String current, String incoming) {
        return current.isEmpty() ? incoming : current;
    }

    private static List<String> firstNonEmpty(List<String> current, List<String> incoming) {
        return current.isEmpty() ? incoming : current;
    }

    // ---- drafts: mutable while merging, turned into immutable records by build()

    private static final class FamilyDraft {
        final String name;
        final List<RoleDraft> roles = new ArrayList<>();

        FamilyDraft(String name) {
            this.name = name;
        }

        RoleDraft add(RoleDraft role) {
            roles.add(role);
            return role;
        }
    }

    private static final class RoleDraft {
        final String name;
        final FamilyDraft family;
        String description = "";
        final Map<String, LevelDraft> levels = new LinkedHashMap<>();
        Optional<Contribution.LevelOrder> order = Optional.empty();
        String orderFile = "";

        RoleDraft(String name, FamilyDraft family) {
            this.name = name;
            this.family = family;
        }
    }

    private static final class LevelDraft {
        final String name;
        final String file;
        String description = "";
        List<String> responsibilities = List.of();
        final Map<String, RequirementDraft> skills = new LinkedHashMap<>();

        LevelDraft(String name, String file) {
            this.name = name;
            this.file = file;
        }
    }

    private static final class RequirementDraft {
        String name;
        final String file;
        Optional<SkillLevel> level = Optional.empty();
        String levelFile = "";
        List<String> expectations = List.of();

        RequirementDraft(String name, String file) {
            this.name = name;
            this.file = file;
        }
    }

    private static final class SkillDraft {
        final String name;
        String description = "";
        final Map<SkillLevel, List<String>> levels = new EnumMap<>(SkillLevel.class);

        SkillDraft(String name) {
            this.name = name;
        }
    }
}
