package org.skillsguide.framework;

import java.util.List;

/**
 * A role of a family, with its levels ordered from most junior to most senior.
 *
 * @param name the role's name as the data spells it
 * @param family the family's name
 * @param description what the role is; empty when the data has none
 * @param levels the ladder, junior first; empty for a role the data marks as not in use
 */
public record Role(String name, String family, String description, List<RoleLevel> levels) {

    public Role {
        levels = List.copyOf(levels);
    }
}
