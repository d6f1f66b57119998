package org.skillsguide.framework.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;

/**
 * The real, messy export of the UK Government capability framework plus the seed statement file,
 * read from {@code ../shared} (never copied into the repository); skipped when it is absent.
 */
class SharedFrameworkLoaderTest {

    private static final Path SHARED = Path.of("..", "shared");
    private static final Path EXPORT = SHARED.resolve(Path.of("frameworks", "uk-gdad-pcf"));
    private static final Path SEED = SHARED.resolve(Path.of("seed", "head-of-it-service-management.txt"));

    @TempDir
    static Path data;

    private static LoadResult result;

    @BeforeAll
    static void loadSharedData() throws IOException {
        boolean present = Files.isReadable(EXPORT.resolve("roles.csv"))
                && Files.isReadable(EXPORT.resolve("skills.csv"))
                && Files.isReadable(SEED);
        if (!present) {
            System.out.println("SharedFrameworkLoaderTest skipped: no shared framework at "
                    + EXPORT.toAbsolutePath().normalize() + " or seed at " + SEED.toAbsolutePath().normalize());
        }
        assumeTrue(present, "shared framework data absent at " + EXPORT.toAbsolutePath().normalize());
        for (Path file : List.of(EXPORT.resolve("roles.csv"), EXPORT.resolve("skills.csv"), SEED)) {
            Files.copy(file, data.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        result = new FrameworkLoader().load(data);
        Framework framework = result.framework();
        System.out.printf("shared data: %d families, %d roles, %d role levels, %d skills, %d problems (%d errors)%n",
                framework.families().size(), framework.roleCount(), framework.levelCount(),
                framework.skills().size(), result.problems().size(),
                result.problems().stream().filter(Problem::isError).count());
        result.problems().forEach(problem -> System.out.println("  " + problem));
    }

    @Test
    void countsTheFrameworkWithoutPlaceholderLevelsOrDuplicates() {
        Framework framework = result.framework();
        assertEquals(8, framework.families().size());
        assertEquals(52, framework.roleCount());
        assertEquals(201, framework.levelCount());
        assertEquals(188, framework.skills().size());
    }

    @Test
    void reportsTheExportsDefectsAsWarningsOnly() {
        assertTrue(result.problems().stream().noneMatch(Problem::isError), () -> result.problems().toString());
        assertTrue(result.problems().size() < 60, "check output stays readable: " + result.problems().size());
    }

    @Test
    void leavesNoPlaceholderOrBadCharacterInTheModel() {
        List<String> forbidden = List.of("MISSING", "NOT IN USE", "currently not defined", "\u00A0", "\u200B",
                "\u2028", "\u2018", "\u2019", "\u201C", "\u201D", "\uFEFF");
        List<String> offending = new ArrayList<>();
        allStrings(result.framework()).forEach(text -> forbidden.stream()
                .filter(text::contains)
                .forEach(bad -> offending.add(bad + " in: " + text)));
        assertTrue(offending.isEmpty(), () -> offending.size() + " strings, e.g. " + offending.get(0));
    }

    @Test
    void ordersDataEngineerLevelsByLadder() {
        Role role = result.framework().role("Data engineer").orElseThrow();
        assertEquals(List.of("Data engineer", "Senior data engineer", "Lead data engineer", "Head of data engineering"),
                role.levels().stream().map(RoleLevel::name).toList());
    }

    @Test
    void mergesTheSeedLevelWithTheExportsOne() {
        Framework framework = result.framework();
        RoleLevel head = framework.level("Head of IT service management").orElseThrow();
        assertEquals(1, framework.levels().filter(l -> l.name().equalsIgnoreCase(head.name())).count());
        assertEquals(3, head.responsibilities().size());
        assertEquals("lead a team, ensuring adequate resources and capacity", head.responsibilities().get(0));
        SkillRequirement strategic = head.skills().stream()
                .filter(s -> s.skill().equals("Strategic thinking"))
                .findFirst()
                .orElseThrow();
        assertEquals(SkillLevel.EXPERT, strategic.level().orElseThrow());
        assertEquals(10, head.skills().size(), "the union of the seed's 8 skills and the export's 10");
        assertTrue(head.skills().stream().allMatch(s -> s.level().isPresent()));
        assertEquals("IT service manager", framework.roleOf(head).name());
    }

    @Test
    void keepsRolesWhoseOnlyLevelIsNotInUse() {
        Role chief = result.framework().role("Chief data officer").orElseThrow();
        assertTrue(chief.levels().isEmpty());
        assertTrue(!chief.description().isEmpty());
    }

    private static Stream<String> allStrings(Framework framework) {
        Stream<String> families = framework.families().stream().map(f -> f.name());
        Stream<String> roles = framework.roles().flatMap(r -> Stream.of(r.name(), r.family(), r.description()));
        Stream<String> levels = framework.levels().flatMap(l -> Stream.of(
                Stream.of(l.name(), l.role(), l.family(), l.description()),
                l.responsibilities().stream(),
                l.skills().stream().flatMap(s -> Stream.concat(Stream.of(s.skill()), s.expectations().stream())))
                .flatMap(s -> s));
        Stream<String> skills = framework.skills().stream().flatMap(s -> Stream.concat(
                Stream.of(s.name(), s.description()), s.levels().values().stream().flatMap(List::stream)));
        return Stream.of(families, roles, levels, skills).flatMap(s -> s);
    }
}
