package org.skillsguide.framework.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.Skill;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;

class FrameworkCsvParserTest {

    private static final String ROLES_HEADER = "Role Family,Role,Role Description,Role Level,Role Level Description,"
            + "Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n";
    private static final String SKILLS_HEADER =
            "Skill Name,Skill Description,Awareness,Working,Practitioner,Expert,Roles that require Skill\n";

    private final FrameworkCsvParser parser = new FrameworkCsvParser();

    @Test
    void splitsResponsibilitiesOutOfDescriptionCell() {
        Contribution parsed = roles(ROLES_HEADER + """
                Widgets,Widget engineer,"Widget engineers build widgets.

                In this role, you will:
                - build widgets
                - mend widgets",Widget engineer,"A widget engineer works on widgets.

                At this role level, you will:
                - build small widgets
                - ask for reviews
                You may also be asked to mend gadgets.",Widget design,Designing widgets well.,Working,"You can:
                - sketch a widget
                - explain a sketch",
                """);

        Role role = parsed.roles().get(0);
        assertEquals("Widget engineers build widgets.\n\nIn this role, you will:\n- build widgets\n- mend widgets",
                role.description(), "a role keeps its 'In this role, you will:' list in its description");
        RoleLevel level = role.levels().get(0);
        assertEquals("A widget engineer works on widgets.\n\nYou may also be asked to mend gadgets.",
                level.description());
        assertEquals(List.of("build small widgets", "ask for reviews"), level.responsibilities());
        assertEquals(new SkillRequirement("Widget design", Optional.of(SkillLevel.WORKING),
                List.of("sketch a widget", "explain a sketch")), level.skills().get(0));
        Skill skill = parsed.skills().get(0);
        assertEquals("Designing widgets well.", skill.description());
        assertEquals(List.of("sketch a widget", "explain a sketch"), skill.statementsAt(SkillLevel.WORKING));
    }

    @Test
    void reportsRowProblemsAtTheLineWhereTheRecordStarts() {
        Contribution parsed = roles(ROLES_HEADER + """
                Widgets,Widget engineer,"two
                line description",Widget engineer,"three
                line
                description",Widget design,,Working,"You can:
                - sketch",
                Widgets,Widget engineer,,Widget engineer,,Widget design,,Guru,,
                """);

        Problem problem = single(parsed, Problem.Severity.ERROR);
        assertEquals(7, problem.line(), problem::toString);
        assertTrue(problem.message().contains("unknown skill level 'Guru'"), problem::toString);
    }

    @Test
    void treatsNotInUseLevelAsRoleWithoutLevels() {
        Contribution parsed = roles(ROLES_HEADER + """
                Widgets,Chief widget officer,Leads all widget work.,NOT IN USE,NOT IN USE,Widget design,"You can:
                - misplaced text",NOT IN USE,NOT IN USE,Senior Civil Service
                Widgets,Chief widget officer,Leads all widget work.,NOT IN USE,NOT IN USE,Widget testing,,NOT IN USE,NOT IN USE,Senior Civil Service
                """);

        assertTrue(parsed.roles().stream().allMatch(role -> role.levels().isEmpty()));
        assertEquals("Leads all widget work.", parsed.roles().get(0).description());
        assertTrue(parsed.skills().isEmpty(), "a placeholder level's row says nothing about skills");
        assertEquals(1, parsed.problems().size(), "one warning per role, not per row");
        assertEquals(Problem.Severity.WARNING, parsed.problems().get(0).severity());
    }

    @Test
    void treatsMissingSkillDescriptionAsAbsence() {
        Contribution parsed = roles(ROLES_HEADER + """
                Widgets,Widget engineer,,Widget engineer,,Widget design,MISSING,Working,,
                Widgets,Widget engineer,,Senior widget engineer,,Widget design,MISSING,Expert,,
                """);

        assertEquals("", parsed.skills().get(0).description());
        Problem warning = single(parsed, Problem.Severity.WARNING);
        assertTrue(warning.message().contains("'MISSING' placeholder treated as absent (2 times"), warning::toString);
        assertEquals(2, warning.line());
    }

    @Test
    void treatsNotInUseSkillLevelAsNoLevel() {
        Contribution parsed = roles(ROLES_HEADER + """
                Widgets,Widget engineer,,Widget engineer,,Widget design,,NOT IN USE,NOT IN USE,
                """);

        SkillRequirement requirement = parsed.roles().get(0).levels().get(0).skills().get(0);
        assertEquals(new SkillRequirement("Widget design", Optional.empty(), List.of()), requirement);
    }

    @Test
    void readsSkillsLayoutAndTreatsUndefinedLevelsAsAbsence() {
        Contribution parsed = parser.parse("skills.csv", SKILLS_HEADER + """
                Widget design,Designing widgets well.,"You can:
                - name the parts of a widget",This skill level is currently not defined.,"You can
                - design a widget
                - review designs",,Widget engineer
                """);

        Skill skill = parsed.skills().get(0);
        assertEquals("Widget design", skill.name());
        assertEquals(Map.of(
                SkillLevel.AWARENESS, List.of("name the parts of a widget"),
                SkillLevel.PRACTITIONER, List.of("design a widget", "review designs")), skill.levels());
        assertTrue(parsed.roles().isEmpty());
        assertTrue(parsed.problems().stream().noneMatch(Problem::isError));
    }

    @Test
    void matchesHeaderIgnoringCaseSpacesAndByteOrderMark() {
        Contribution parsed = parser.parse("skills.csv", "\uFEFF skill name ,SKILL DESCRIPTION,awareness,Working,"
                + "Practitioner,Expert\nWidget design,Designing widgets well.,,,,\n");

        assertEquals("Widget design", parsed.skills().get(0).name());
        assertTrue(parsed.problems().stream().noneMatch(Problem::isError), parsed.problems()::toString);
    }

    @Test
    void reportsUnknownHeaderNamingTheExpectedColumns() {
        Contribution parsed = parser.parse("people.csv", "Name,Team\nAda,Widgets\n");

        Problem error = single(parsed, Problem.Severity.ERROR);
        assertEquals("people.csv", error.file());
        assertTrue(error.message().contains("unknown CSV header [Name, Team]"), error::toString);
        assertTrue(error.message().contains("Role Level Description"), error::toString);
        assertTrue(error.message().contains("Roles that require Skill"), error::toString);
        assertTrue(parsed.roles().isEmpty() && parsed.skills().isEmpty());
    }

    @Test
    void aggregatesRepeatedDefectsIntoOneWarningPerKindAndColumn() {
        StringBuilder csv = new StringBuilder(ROLES_HEADER);
        for (int i = 0; i < 50; i++) {
            csv.append("Widgets,Widget engineer,The team\u2019s role.,Widget engineer ,,Skill ").append(i)
                    .append(",,Working,,\n");
        }
        Contribution parsed = roles(csv.toString());

        assertEquals(2, parsed.problems().size(), parsed.problems()::toString);
        assertTrue(parsed.problems().stream().allMatch(p -> p.message().contains("(50 times, first here)")));
        assertEquals("Widget engineer", parsed.roles().get(0).levels().get(0).name());
    }

    @Test
    void reportsRowWithoutRoleAndKeepsTheOthers() {
        Contribution parsed = roles(ROLES_HEADER + """
                Widgets,,,Widget engineer,,,,,,
                Widgets,Widget engineer,,Widget engineer,,,,,,
                """);

        assertEquals(2, single(parsed, Problem.Severity.ERROR).line());
        assertEquals(1, parsed.roles().size());
    }

    @Test
    void aRowWithAStrayExtraCellDoesNotEndTheFile() {
        Contribution parsed = roles(ROLES_HEADER + """
                Widgets,Widget engineer,,Widget engineer,,,,,,,stray
                Widgets,Gadget engineer,,Gadget engineer,,,,,,
                """);

        assertEquals(List.of("Widget engineer", "Gadget engineer"), parsed.roles().stream().map(Role::name).toList());
        assertTrue(parsed.problems().stream().noneMatch(Problem::isError), parsed.problems()::toString);
    }

    @Test
    void reportsMalformedCsvAndKeepsTheRowsBeforeIt() {
        Contribution parsed = roles(ROLES_HEADER + "Widgets,Widget engineer,,Widget engineer,,,,,,\n"
                + "Widgets,Gadget engineer,\"never closed\n");

        Problem error = single(parsed, Problem.Severity.ERROR);
        assertTrue(error.message().startsWith("malformed CSV"), error::toString);
        assertEquals(List.of("Widget engineer"), parsed.roles().stream().map(Role::name).toList());
    }

    private Contribution roles(String csv) {
        return parser.parse("roles.csv", csv);
    }

    private static Problem single(Contribution parsed, Problem.Severity severity) {
        List<Problem> matching = parsed.problems().stream().filter(p -> p.severity() == severity).toList();
        assertEquals(1, matching.size(), parsed.problems()::toString);
        return matching.get(0);
    }
}
