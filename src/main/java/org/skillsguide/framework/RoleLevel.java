package org.skillsguide.framework;

import java.util.List;

/**
 * One rung of a role's ladder, e.g. "Senior data engineer" of the role "Data engineer".
 *
 * @param name the level's name as the data spells it
 * @param role the role's name
 * @param family the family's name
 * @param description who this level is; empty when the data has none
 * @param responsibilities the "at this role level, you will" list
 * @param skills the skills this level needs, in the data's order
 */
public record RoleLevel(
        String name,
        String role,
        String family,
        String description,
        List<String> responsibilities,
        List<SkillRequirement> skills) {

    public RoleLevel {
        responsibilities = List.copyOf(responsibilities);
        skills = List.copyOf(skills);
    }
}
