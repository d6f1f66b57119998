package org.skillsguide.framework.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsguide.framework.Family;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.Skill;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;

class FrameworkLoaderTest {

    private static final String ROLES_HEADER = "Role Family,Role,Role Description,Role Level,Role Level Description,"
            + "Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n";

    @TempDir
    Path data;

    private final FrameworkLoader loader = new FrameworkLoader();

    @Test
    void reportsMissingDirectoryAsErrorWithEmptyFramework() {
        LoadResult result = loader.load(data.resolve("nowhere"));

        assertTrue(result.hasErrors());
        assertEquals(0, result.framework().roleCount());
        assertTrue(result.problems().get(0).file().endsWith("nowhere"));
    }

    @Test
    void skipsSynonymsFileAndSubDirectories() throws IOException {
        write("synonyms.txt", "itsm, it service management\n");
        write("widget.txt", "Widgets role: Widget engineer\nRole level: Widget engineer\n");
        Files.createDirectories(data.resolve("old"));
        write("old/gadget.txt", "Gadgets role: Gadget engineer\n");

        LoadResult result = loader.load(data);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Widget engineer"), result.framework().roles().map(Role::name).toList());
    }

    @Test
    void loadsTheSoundFilesWhenOneIsBroken() throws IOException {
        write("a-broken.csv", "Name,Team\nAda,Widgets\n");
        write("b-broken.txt", "- stray\n");
        write("c-widget.txt", "Widgets role: Widget engineer\nRole level: Widget engineer\n");
        Files.write(data.resolve("d-latin1.txt"), new byte[] {'W', 'i', 'd', (byte) 0xE9, '\n'});

        LoadResult result = loader.load(data);

        assertEquals(List.of("a-broken.csv", "b-broken.txt", "d-latin1.txt"),
                result.problems().stream().filter(Problem::isError).map(Problem::file).toList());
        assertEquals(1, result.framework().levelCount());
    }

    @Test
    void mergesSeedAndCsvIntoOneLevel() throws IOException {
        write("roles.csv", ROLES_HEADER + """
                Widgets,Widget engineer ,Widget engineers build widgets.,Senior widget engineer ,"Senior ones lead.

                At this role level, you will:
                - lead widget work",Widget design,Designing widgets well.,Expert,"You can:
                - design any widget",
                Widgets,Widget engineer,Widget engineers build widgets.,Senior widget engineer,,Widget testing,MISSING,Practitioner,"You can:
                - test any widget",
                """);
        write("senior-widget-engineer.txt", """
                widgets role: widget engineer
                - Hand-written: widget engineers build and mend widgets.

                Role level: SENIOR WIDGET ENGINEER
                Skill: Widget design
                - design widgets for this department
                Skill: Widget reviews (Working)
                - review a colleague's widget
                """);

        LoadResult result = loader.load(data);

        assertFalse(result.hasErrors(), result.problems()::toString);
        Framework framework = result.framework();
        assertEquals(1, framework.families().size());
        Role role = framework.role("Widget engineer").orElseThrow();
        assertEquals("Widget engineer", role.name(), "the export's spelling, cleaned, names the entity");
        assertEquals("Hand-written: widget engineers build and mend widgets.", role.description(),
                "a statement file's text beats the export's");
        assertEquals(1, role.levels().size());
        RoleLevel level = role.levels().get(0);
        assertEquals("Senior ones lead.", level.description(), "kept from the export: the seed has none");
        assertEquals(List.of("lead widget work"), level.responsibilities());
        assertEquals(List.of(
                new SkillRequirement("Widget design", Optional.of(SkillLevel.EXPERT),
                        List.of("design widgets for this department")),
                new SkillRequirement("Widget testing", Optional.of(SkillLevel.PRACTITIONER),
                        List.of("test any widget")),
                new SkillRequirement("Widget reviews", Optional.of(SkillLevel.WORKING),
                        List.of("review a colleague's widget"))),
                level.skills(), "a union; the export's level fills the seed's gap");
        assertEquals(List.of("Widget design", "Widget reviews", "Widget testing"),
                framework.skills().stream().map(Skill::name).toList());
    }

    @Test
    void createsSkillsThatStatementFilesOnlyReferenceWithoutWarning() throws IOException {
        write("widget.txt", """
                Widgets role: Widget engineer
                Role level: Widget engineer
                Skill: Widget polishing (awareness)
                - polish a widget with help
                """);

        LoadResult result = loader.load(data);

        Skill skill = result.framework().skill("widget polishing").orElseThrow();
        assertEquals(List.of("polish a widget with help"), skill.statementsAt(SkillLevel.AWARENESS));
        assertTrue(result.problems().isEmpty(), "statement files cannot describe skills: " + result.problems());
    }

    @Test
    void warnsOfASkillNoFileDescribesWhenAnExportDescribesOthers() throws IOException {
        write("roles.csv", ROLES_HEADER + "Widgets,Widget engineer,,Widget engineer,,Widget design,Designing widgets.,Working,,\n");
        write("widget.txt", """
                Widgets role: Widget engineer
                Role level: Widget engineer
                Skill: Widget polshing (awareness)
                - polish a widget with help
                """);

        LoadResult result = loader.load(data);

        assertTrue(result.problems().stream().anyMatch(p -> !p.isError() && p.message().contains("described nowhere")
                && p.message().contains("Widget polshing")), result.problems().toString());
    }

    @Test
    void warnsWhenTwoFilesDisagreeOnASkillLevel() throws IOException {
        write("roles.csv", ROLES_HEADER + "Widgets,Widget engineer,,Widget engineer,,Widget design,,Working,,\n");
        write("widget.txt", """
                Widgets role: Widget engineer
                Role level: Widget engineer
                Skill: Widget design (Expert)
                """);

        LoadResult result = loader.load(data);

        SkillRequirement requirement = result.framework().level("Widget engineer").orElseThrow().skills().get(0);
        assertEquals(Optional.of(SkillLevel.EXPERT), requirement.level());
        assertTrue(result.problems().stream().anyMatch(p -> p.file().equals("roles.csv")
                && p.message().contains("kept Expert")), result.problems()::toString);
    }

    @Test
    void ordersFamiliesAndRolesAsFirstSeenAndSkillsByName() throws IOException {
        write("roles.csv", ROLES_HEADER + """
                Widgets,Widget engineer,,Widget engineer,,Zeta skill,,,,
                Widgets,Gadget tester,,Gadget tester,,alpha skill,,,,
                Gears,Gear cutter,,Gear cutter,,Mid skill,,,,
                """);
        write("a-local.txt", "Cogs role: Cog fitter\nRole level: Cog fitter\n");

        Framework framework = loader.load(data).framework();

        assertEquals(List.of("Widgets", "Gears", "Cogs"), framework.families().stream().map(Family::name).toList(),
                "exports first, then what statement files add");
        assertEquals(List.of("Widget engineer", "Gadget tester"),
                framework.family("Widgets").orElseThrow().roles().stream().map(Role::name).toList());
        assertEquals(List.of("alpha skill", "Mid skill", "Zeta skill"),
                framework.skills().stream().map(Skill::name).toList());
    }

    @Test
    void ordersLevelsByLadderAcrossFiles() throws IOException {
        write("roles.csv", ROLES_HEADER + """
                Widgets,Widget engineer,,Head of widget engineering,,,,,,
                Widgets,Widget engineer,,Lead widget engineer,,,,,,
                Widgets,Widget engineer,,Senior widget engineer,,,,,,
                Widgets,Widget engineer,,Widget engineer,,,,,,
                """);
        write("trainee.txt", "Widgets role: Widget engineer\nRole level: Trainee widget engineer\n");

        assertEquals(List.of("Trainee widget engineer", "Widget engineer", "Senior widget engineer",
                        "Lead widget engineer", "Head of widget engineering"),
                levelNames(loader.load(data), "Widget engineer"));
    }

    @Test
    void letsAStatementFileOverrideTheLevelOrder() throws IOException {
        write("roles.csv", ROLES_HEADER + """
                Widgets,Widget fixer,,Major widget fixer,,,,,,
                Widgets,Widget fixer,,Widget fixer,,,,,,
                Widgets,Widget fixer,,Widget fixer trainer,,,,,,
                """);
        write("widget-fixer-order.txt", """
                Widgets role: Widget fixer
                Level order:
                - Widget fixer
                - Major widget fixer
                - Widget fixer coach
                """);

        LoadResult result = loader.load(data);

        assertEquals(List.of("Widget fixer", "Major widget fixer", "Widget fixer trainer"),
                levelNames(result, "Widget fixer"), "listed levels first, the rest in ladder order");
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == 2 && p.message().contains("'Widget fixer coach'")),
                result.problems()::toString);
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == 2 && p.message().contains("leaves out")),
                result.problems()::toString);
        assertFalse(result.hasErrors());
    }

    @Test
    void loadsAnExplicitListOfFilesInNameOrder() throws IOException {
        Path b = write("b.txt", "Widgets role: Widget engineer\n- From b.\n");
        Path a = write("a.txt", "Widgets role: Widget engineer\n- From a.\n");

        LoadResult result = loader.load(List.of(b, a));

        assertEquals("From a.", result.framework().role("Widget engineer").orElseThrow().description());
    }

    @Test
    void loadsTheShippedIndexDataWithoutErrors() {
        LoadResult result = loader.load(Path.of("index-data"));

        assertFalse(result.hasErrors(), result.problems()::toString);
        assertEquals(3, result.framework().level("Head of IT service management").orElseThrow()
                .responsibilities().size());
    }

    private static List<String> levelNames(LoadResult result, String role) {
        return result.framework().role(role).orElseThrow().levels().stream().map(RoleLevel::name).toList();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
    }
}
