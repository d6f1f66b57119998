package org.skillsguide.framework;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A skill of the framework: what it is, and what each proficiency level looks like.
 *
 * @param name the skill's name as the data spells it (cleaned of stray whitespace)
 * @param description what the skill involves; empty when the data has none
 * @param levels for each defined proficiency level, the "you can" statements; levels the data
 *     leaves undefined are absent
 */
public record Skill(String name, String description, Map<SkillLevel, List<String>> levels) {

    public Skill {
        EnumMap<SkillLevel, List<String>> copy = new EnumMap<>(SkillLevel.class);
        levels.forEach((level, lines) -> copy.put(level, List.copyOf(lines)));
        levels = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> statementsAt(SkillLevel level) {
        return levels.getOrDefault(level, List.of());
    }
}
