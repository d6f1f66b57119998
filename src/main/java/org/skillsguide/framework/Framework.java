package org.skillsguide.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole capability framework, immutable: families of roles, their ordered levels, and the
 * skills. Lookups by name ignore case.
 */
public final class Framework {

    private final List<Family> families;
    private final List<Skill> skills;
    private final Map<String, Skill> skillsByName = new LinkedHashMap<>();
    private final Map<String, Role> rolesByName = new LinkedHashMap<>();
    private final Map<String, RoleLevel> levelsByName = new LinkedHashMap<>();
    private final Map<String, List<RoleLevel>> levelsBySkill = new java.util.HashMap<>();
    private final Map<RoleLevel, Role> roleByLevel = new java.util.IdentityHashMap<>();

    public Framework(List<Family> families, List<Skill> skills) {
        this.families = List.copyOf(families);
        this.skills = List.copyOf(skills);
        skills.forEach(skill -> skillsByName.put(key(skill.name()), skill));
        for (Family family : families) {
            for (Role role : family.roles()) {
                rolesByName.putIfAbsent(key(role.name()), role);
                for (RoleLevel level : role.levels()) {
                    levelsByName.putIfAbsent(key(level.name()), level);
                    roleByLevel.put(level, role);
                    level.skills().stream().map(s -> key(s.skill())).distinct()
                            .forEach(skill -> levelsBySkill.computeIfAbsent(skill, k -> new java.util.ArrayList<>()).add(level));
                }
            }
        }
    }

    public static Framework empty() {
        return new Framework(List.of(), List.of());
    }

    public List<Family> families() {
        return families;
    }

    public List<Skill> skills() {
        return skills;
    }

    public Stream<Role> roles() {
        return families.stream().flatMap(family -> family.roles().stream());
    }

    public Stream<RoleLevel> levels() {
        return roles().flatMap(role -> role.levels().stream());
    }

    public Optional<Family> family(String name) {
        return families.stream().filter(f -> key(f.name()).equals(key(name))).findFirst();
    }

    public Optional<Role> role(String name) {
        return Optional.ofNullable(rolesByName.get(key(name)));
    }

    public Optional<RoleLevel> level(String name) {
        return Optional.ofNullable(levelsByName.get(key(name)));
    }

    public Optional<Skill> skill(String name) {
        return Optional.ofNullable(skillsByName.get(key(name)));
    }

    /** The role a level of this framework belongs to. */
    public Role roleOf(RoleLevel level) {
        Role role = roleByLevel.get(level);
        if (role == null) {
            throw new IllegalArgumentException("the level " + level.name() + " is not of this framework");
        }
        return role;
    }

    /** The levels that need a skill, in ladder order. */
    public List<RoleLevel> levelsNeeding(String skillName) {
        return List.copyOf(levelsBySkill.getOrDefault(key(skillName), List.of()));
    }

    public long roleCount() {
        return roles().count();
    }

    public long levelCount() {
        return levels().count();
    }

    /** The form two spellings of one name share: lookups, merging and comparisons ignore case and edge spaces. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
