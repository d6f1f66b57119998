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

    public Framework(List<Family> families, List<Skill> skills) {
        this.families = List.copyOf(families);
        this.skills = List.copyOf(skills);
        skills.forEach(skill -> skillsByName.put(key(skill.name()), skill));
        for (Family family : families) {
            for (Role role : family.roles()) {
                rolesByName.putIfAbsent(key(role.name()), role);
                role.levels().forEach(level -> levelsByName.putIfAbsent(key(level.name()), level));
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

    /** The role a level belongs to. */
    public Role roleOf(RoleLevel level) {
        return families.stream()
                .filter(f -> f.name().equals(level.family()))
                .flatMap(f -> f.roles().stream())
                .filter(r -> r.name().equals(level.role()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no role " + level.role() + " for " + level.name()));
    }

    /** The levels that need a skill, in ladder order. */
    public List<RoleLevel> levelsNeeding(String skillName) {
        return levels()
                .filter(level -> level.skills().stream().anyMatch(s -> key(s.skill()).equals(key(skillName))))
                .toList();
    }

    public long roleCount() {
        return roles().count();
    }

    public long levelCount() {
        return levels().count();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
