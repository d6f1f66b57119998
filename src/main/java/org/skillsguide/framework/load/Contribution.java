package org.skillsguide.framework.load;

import java.util.List;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.Skill;

/**
 * What one file says about the framework, before merging: model fragments that may repeat or
 * overlap (a CSV gives one role fragment per row), which {@link FrameworkMerger} unifies.
 *
 * @param file the file's name, for problems found while merging
 * @param handEdited a statement file, whose non-empty text wins over an export's
 * @param roles role fragments, each with the levels (and level fragments) this file gives
 * @param skills skill fragments
 * @param levelOrders explicit ladder orders this file asks for
 * @param problems what went wrong while parsing
 */
record Contribution(
        String file,
        boolean handEdited,
        List<Role> roles,
        List<Skill> skills,
        List<LevelOrder> levelOrders,
        List<Problem> problems) {

    Contribution {
        roles = List.copyOf(roles);
        skills = List.copyOf(skills);
        levelOrders = List.copyOf(levelOrders);
        problems = List.copyOf(problems);
    }

    /** A file that gave nothing but its problems (unreadable, unknown layout). */
    static Contribution failed(String file, List<Problem> problems) {
        return new Contribution(file, false, List.of(), List.of(), List.of(), problems);
    }

    /**
     * A statement file's {@code Level order:} list for a role.
     *
     * @param line where the list starts, for warnings about names that are not levels of the role
     */
    record LevelOrder(String role, List<String> levels, int line) {

        LevelOrder {
            levels = List.copyOf(levels);
        }
    }
}
