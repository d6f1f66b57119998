package org.skillsguide.framework;

import java.util.List;
import java.util.Optional;

/**
 * A skill as one role level needs it.
 *
 * @param skill the skill's name, a key into {@link Framework#skill(String)}
 * @param level the proficiency expected; empty when the data does not say
 * @param expectations what the level expects of this skill; empty when the data has none
 */
public record SkillRequirement(String skill, Optional<SkillLevel> level, List<String> expectations) {

    public SkillRequirement {
        expectations = List.copyOf(expectations);
    }
}
