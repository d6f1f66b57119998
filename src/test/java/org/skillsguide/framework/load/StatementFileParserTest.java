package org.skillsguide.framework.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;

class StatementFileParserTest {

    private final StatementFileParser parser = new StatementFileParser();

    @Test
    void readsRoleLevelResponsibilitiesAndSkills() {
        Contribution parsed = parse("""
                Widgets role: Widget engineer
                - Widget engineers build and mend widgets.

                Role level: Senior widget engineer
                - A senior widget engineer leads widget work.

                At this role level, you will:
                - plan the widget backlog
                - coach junior engineers

                Skill: Widget design (EXPERT)
                - design widgets for any load

                skill: Widget testing (practitioner)
                - test widgets under stress
                - report what breaks

                Skill: Documentation
                - write down how widgets work
                """);

        assertTrue(parsed.problems().isEmpty(), parsed.problems()::toString);
        assertTrue(parsed.handEdited());
        Role role = parsed.roles().get(0);
        assertEquals("Widget engineer", role.name());
        assertEquals("Widgets", role.family());
        assertEquals("Widget engineers build and mend widgets.", role.description());
        RoleLevel level = role.levels().get(0);
        assertEquals("Senior widget engineer", level.name());
        assertEquals("A senior widget engineer leads widget work.", level.description());
        assertEquals(List.of("plan the widget backlog", "coach junior engineers"), level.responsibilities());
        assertEquals(List.of(
                new SkillRequirement("Widget design", Optional.of(SkillLevel.EXPERT),
                        List.of("design widgets for any load")),
                new SkillRequirement("Widget testing", Optional.of(SkillLevel.PRACTITIONER),
                        List.of("test widgets under stress", "report what breaks")),
                new SkillRequirement("Documentation", Optional.empty(), List.of("write down how widgets work"))),
                level.skills());
    }

    @Test
    void readsSeveralLevelBlocksOfOneRole() {
        Contribution parsed = parse("""
                Widgets role: Widget engineer
                Role level: Widget engineer
                Skill: Widget design (working)
                Role level: Senior widget engineer
                Skill: Widget design (practitioner)
                """);

        assertEquals(List.of("Widget engineer", "Senior widget engineer"),
                parsed.roles().get(0).levels().stream().map(RoleLevel::name).toList());
    }

    @Test
    void keepsAQualifierInParenthesesAsPartOfTheSkillName() {
        Contribution parsed = parse("""
                Widgets role: Widget engineer
                Role level: Widget engineer
                Skill: Communication (widget teams)
                Skill: Technical understanding (accessibility) (Awareness)
                """);

        List<SkillRequirement> skills = parsed.roles().get(0).levels().get(0).skills();
        assertEquals("Communication (widget teams)", skills.get(0).skill());
        assertEquals(Optional.empty(), skills.get(0).level());
        assertEquals("Technical understanding (accessibility)", skills.get(1).skill());
        assertEquals(Optional.of(SkillLevel.AWARENESS), skills.get(1).level());
    }

    @Test
    void reportsBulletBeforeHeadingWithFileAndLine() {
        Contribution parsed = parse("""
                - a stray line

                Widgets role: Widget engineer
                - Widget engineers build widgets.
                """);

        assertProblem(parsed, Problem.Severity.ERROR, 1, "before any heading");
        assertEquals("Widget engineers build widgets.", parsed.roles().get(0).description());
    }

    @Test
    void reportsRoleLevelBeforeRoleLineAndDropsThatBlockOnly() {
        Contribution parsed = parse("""
                Role level: Widget engineer
                - described before its role
                Skill: Widget design (working)
                - not loaded

                Widgets role: Widget engineer
                Role level: Senior widget engineer
                Skill: Widget design (expert)
                """);

        assertProblem(parsed, Problem.Severity.ERROR, 1, "before the role line");
        assertEquals(1, parsed.problems().size(), "the block's own lines add no further noise");
        Role role = parsed.roles().get(0);
        assertEquals(List.of("Senior widget engineer"), role.levels().stream().map(RoleLevel::name).toList());
    }

    @Test
    void reportsUnknownSkillLevelAndDropsThatSkillOnly() {
        Contribution parsed = parse("""
                Widgets role: Widget engineer
                Role level: Widget engineer
                Skill: Widget design (expret)
                - not loaded
                Skill: Widget testing (advanced)
                - not loaded either
                Skill: Documentation (Working)
                - loaded
                """);

        assertProblem(parsed, Problem.Severity.ERROR, 3, "unknown skill level 'expret'");
        assertProblem(parsed, Problem.Severity.ERROR, 5, "unknown skill level 'advanced'");
        List<SkillRequirement> skills = parsed.roles().get(0).levels().get(0).skills();
        assertEquals(List.of(new SkillRequirement("Documentation", Optional.of(SkillLevel.WORKING), List.of("loaded"))),
                skills);
    }

    @Test
    void reportsUnrecognisedLineAndIgnoresTheLinesUnderIt() {
        Contribution parsed = parse("""
                Widgets role: Widget engineer
                Role level: Widget engineer
                Skil: Widget design
                - would otherwise land in the level description
                Skill: Widget testing
                - loaded
                """);

        assertProblem(parsed, Problem.Severity.ERROR, 3, "unrecognised line");
        RoleLevel level = parsed.roles().get(0).levels().get(0);
        assertEquals("", level.description());
        assertEquals(List.of("loaded"), level.skills().get(0).expectations());
    }

    @Test
    void reportsSecondRoleAndIgnoresTheRestOfTheFile() {
        Contribution parsed = parse("""
                Widgets role: Widget engineer
                Role level: Widget engineer
                Skill: Widget design

                Widgets role: Gadget engineer
                Role level: Gadget engineer
                """);

        assertProblem(parsed, Problem.Severity.ERROR, 5, "a second role ('Gadget engineer')");
        assertEquals(1, parsed.roles().size());
        assertEquals(List.of("Widget engineer"),
                parsed.roles().get(0).levels().stream().map(RoleLevel::name).toList());
    }

    @Test
    void toleratesTheSameRoleLineRepeated() {
        Contribution parsed = parse("""
                Widgets role: Widget engineer
                Role level: Widget engineer
                widgets role: widget engineer
                - more about the role
                """);

        assertProblem(parsed, Problem.Severity.WARNING, 3, "role line repeated");
        assertEquals("more about the role", parsed.roles().get(0).description());
    }

    @Test
    void reportsEmptyNames() {
        Contribution parsed = parse("""
                Widgets role: Widget engineer
                Role level:
                Skill: Widget design
                Role level: Widget engineer
                Skill:
                - not loaded
                Skill: Widget testing
                """);

        assertProblem(parsed, Problem.Severity.ERROR, 2, "without a name");
        assertProblem(parsed, Problem.Severity.ERROR, 5, "without a name");
        assertEquals(2, parsed.problems().size());
        List<SkillRequirement> skills = parsed.roles().get(0).levels().get(0).skills();
        assertEquals(List.of("Widget testing"), skills.stream().map(SkillRequirement::skill).toList());
    }

    @Test
    void reportsRoleLineWithoutFamily() {
        Contribution parsed = parse("""
                role: Widget engineer
                Role level: Widget engineer
                """);

        assertProblem(parsed, Problem.Severity.ERROR, 1, "needs a family and a role name");
        assertTrue(parsed.roles().isEmpty());
    }

    @Test
    void treatsPlaceholderBulletsAndLevelsAsAbsence() {
        Contribution parsed = parse("""
                Widgets role: Widget engineer
                - MISSING
                Role level: NOT IN USE
                - nothing here counts
                Role level: Widget engineer
                """);

        Role role = parsed.roles().get(0);
        assertEquals("", role.description());
        assertEquals(List.of("Widget engineer"), role.levels().stream().map(RoleLevel::name).toList());
        assertTrue(parsed.problems().stream().noneMatch(Problem::isError), parsed.problems()::toString);
    }

    @Test
    void readsAnExplicitLevelOrder() {
        Contribution parsed = parse("""
                # Local edit: the order we promote in.
                Widgets role: Widget engineer
                Level order:
                - Widget engineer
                - Widget engineer - on call
                Skill: Widget design
                """);

        assertProblem(parsed, Problem.Severity.ERROR, 6, "outside a 'Role level:' block");

        assertEquals(List.of(new Contribution.LevelOrder("Widget engineer",
                List.of("Widget engineer", "Widget engineer - on call"), 3)), parsed.levelOrders());
    }

    @Test
    void cleansStatementTextLikeExportText() {
        Contribution parsed = parse("Widgets role: Widget engineer \n- the team\u2019s\u00A0widgets\u200B\n");

        assertEquals("the team's widgets", parsed.roles().get(0).description());
        assertTrue(parsed.problems().stream().allMatch(p -> p.severity() == Problem.Severity.WARNING));
    }

    private Contribution parse(String text) {
        return parser.parse("widget.txt", text.lines().toList());
    }

    private static void assertProblem(Contribution parsed, Problem.Severity severity, int line, String text) {
        assertTrue(parsed.problems().stream().anyMatch(p -> p.severity() == severity && p.line() == line
                        && p.file().equals("widget.txt") && p.message().contains(text)),
                () -> "expected " + severity + " at widget.txt:" + line + " containing '" + text + "' in "
                        + parsed.problems());
    }
}
