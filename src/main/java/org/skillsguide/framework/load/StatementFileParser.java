package org.skillsguide.framework.load;

import org.skillsguide.framework.Framework;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;

/**
 * Parses the hand-edited statement format (index-data/README.md): one role per file, its levels,
 * their responsibilities and skills. Every error names file and line; a broken block is dropped
 * and the file's sound blocks still load.
 */
final class StatementFileParser {

    private static final Pattern ROLE_LEVEL = Pattern.compile("(?i)role level\\s*:(.*)");
    private static final Pattern RESPONSIBILITIES = Pattern.compile("(?i)at this role level,?\\s*you will\\s*:?");
    private static final Pattern SKILL = Pattern.compile("(?i)skill\\s*:(.*)");
    private static final Pattern LEVEL_ORDER = Pattern.compile("(?i)level order\\s*:(.*)");
    private static final Pattern ROLE = Pattern.compile("(?i)(.*?)\\brole\\s*:(.*)");
    private static final String EXPECTED =
            "expected '<Family> role: <Role>', 'Role level: <Level>', 'At this role level, you will:',"
                    + " 'Skill: <Name>', 'Level order:', a '- ' line, a '#' comment or a blank line";

    /** Parses one file; an unreadable file gives an error and nothing else. */
    Contribution parse(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(name, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            return Contribution.failed(name, List.of(Problem.error(name, 0, "not UTF-8 text: " + e)));
        } catch (IOException e) {
            return Contribution.failed(name, List.of(Problem.error(name, 0, "cannot read: " + e)));
        }
    }

    /** Parses the lines of a file named {@code fileName}. */
    Contribution parse(String fileName, List<String> lines) {
        Parse parse = new Parse(new ProblemLog(fileName));
        for (int i = 0; i < lines.size() && !parse.skipRestOfFile; i++) {
            parse.line(i + 1, lines.get(i));
        }
        return parse.result();
    }

    /** Where the following {@code - } lines go. */
    private enum Section {
        NONE,
        ROLE,
        LEVEL,
        RESPONSIBILITIES,
        SKILL,
        LEVEL_ORDER,
        /** Lines of a broken block, already reported once: dropped without further noise. */
        SKIPPED
    }

    /** The state of one file's parse. */
    private static final class Parse {
        private final ProblemLog log;
        private String family = "";
        private String role = "";
        private final List<String> roleDescription = new ArrayList<>();
        private final Map<String, LevelDraft> levels = new LinkedHashMap<>();
        private final List<String> levelOrder = new ArrayList<>();
        private int levelOrderLine;
        private LevelDraft level;
        private boolean levelBroken;
        private SkillDraft skill;
        private Section section = Section.NONE;
        private boolean skipRestOfFile;

        Parse(ProblemLog log) {
            this.log = log;
        }

        void line(int number, String raw) {
            // A placeholder line ("- MISSING") cleans to nothing: absence, like a blank line.
            TextCleaner.Cleaned cleaned = TextCleaner.name(raw);
            log.mended(cleaned.defects(), number);
            String line = cleaned.text();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            Matcher m;
            if (line.startsWith("-")) {
                bullet(number, line.substring(1).strip());
            } else if ((m = ROLE_LEVEL.matcher(line)).matches()) {
                roleLevel(number, m.group(1));
            } else if (RESPONSIBILITIES.matcher(line).matches()) {
                responsibilities(number);
            } else if ((m = SKILL.matcher(line)).matches()) {
                skill(number, m.group(1));
            } else if ((m = LEVEL_ORDER.matcher(line)).matches()) {
                levelOrder(number, m.group(1));
            } else if ((m = ROLE.matcher(line)).matches()) {
                role(number, m.group(1), m.group(2));
            } else {
                log.error(number, "unrecognised line; " + EXPECTED + ". The lines under it are ignored.");
                section = Section.SKIPPED;
            }
        }

        private void bullet(int number, String text) {
            switch (section) {
                case NONE -> log.error(number, "'- ' line before any heading; it belongs to nothing and is ignored");
                case SKIPPED -> {}
                default -> {
                    if (text.isEmpty()) {
                        log.mended("empty '- ' lines ignored", number);
                    } else {
                        target().add(text);
                    }
                }
            }
        }

        private List<String> target() {
            return switch (section) {
                case ROLE -> roleDescription;
                case LEVEL -> level.description;
                case RESPONSIBILITIES -> level.responsibilities;
                case SKILL -> skill.expectations;
                case LEVEL_ORDER -> levelOrder;
                case NONE, SKIPPED -> throw new IllegalStateException(section + " takes no lines");
            };
        }

        private void role(int number, String familyText, String roleText) {
            String newFamily = TextCleaner.name(familyText).text();
            String newRole = TextCleaner.name(roleText).text();
            if (!role.isEmpty()) {
                if (newRole.equalsIgnoreCase(role) && newFamily.equalsIgnoreCase(family)) {
                    log.warning(number, "role line repeated; the lines under it describe the role again");
                    enterRole();
                    return;
                }
                log.error(number, "a second role ('" + newRole + "') in one file; a statement file describes"
                        + " one role, so the rest of the file is ignored: move it to a file of its own");
                skipRestOfFile = true;
                return;
            }
            if (newFamily.isEmpty() || newRole.isEmpty()) {
                log.error(number, "role line needs a family and a role name, as in"
                        + " 'IT operations role: IT service manager'; the rest of the file is ignored");
                skipRestOfFile = true;
                return;
            }
            family = newFamily;
            role = newRole;
            enterRole();
        }

        private void enterRole() {
            level = null;
            levelBroken = false;
            skill = null;
            section = Section.ROLE;
        }

        private void roleLevel(int number, String nameText) {
            skill = null;
            level = null;
            levelBroken = true;
            section = Section.SKIPPED;
            TextCleaner.Cleaned name = TextCleaner.name(nameText);
            if (role.isEmpty()) {
                log.error(number, "'Role level:' before the role line ('<Family> role: <Role>'); level ignored");
            } else if (name.wasPlaceholder()) {
                log.warning(number, "'" + nameText.strip() + "' is a placeholder, not a level; block ignored");
            } else if (name.isEmpty()) {
                log.error(number, "'Role level:' without a name; block ignored");
            } else {
                String key = Framework.key(name.text());
                if (levels.containsKey(key)) {
                    log.warning(number, "level '" + name.text() + "' repeated in this file; its blocks are merged");
                }
                level = levels.computeIfAbsent(key, k -> new LevelDraft(name.text()));
                levelBroken = false;
                section = Section.LEVEL;
            }
        }

        private void responsibilities(int number) {
            skill = null;
            if (level != null) {
                section = Section.RESPONSIBILITIES;
                return;
            }
            section = Section.SKIPPED;
            if (!levelBroken) {
                log.error(number, "'At this role level, you will:' outside a 'Role level:' block; list ignored");
            }
        }

        private void skill(int number, String heading) {
            skill = null;
            section = Section.SKIPPED;
            if (level == null) {
                if (!levelBroken) {
                    log.error(number, "'Skill:' outside a 'Role level:' block; skill ignored");
                }
                return;
            }
            SkillHeading.parse(heading).ifPresentOrElse(
                    parsed -> startSkill(number, parsed),
                    () -> log.error(number, "'Skill:' without a name; skill ignored"));
        }

        private void startSkill(int number, SkillHeading heading) {
            if (!heading.problem().isEmpty()) {
                log.error(number, heading.problem() + "; skill ignored");
                return;
            }
            if (heading.levelWasPlaceholder()) {
                log.mended(TextDefect.NOT_IN_USE_PLACEHOLDER.description(), number);
            }
            SkillDraft existing = level.skills.get(Framework.key(heading.name()));
            if (existing != null) {
                log.warning(number, "skill '" + heading.name() + "' repeated in this level; its lines are merged");
                skill = existing;
                skill.level = skill.level.or(heading::level);
            } else {
                skill = new SkillDraft(heading.name(), heading.level());
                level.skills.put(Framework.key(heading.name()), skill);
            }
            section = Section.SKILL;
        }

        private void levelOrder(int number, String rest) {
            skill = null;
            level = null;
            levelBroken = false; // so a 'Skill:' right after the list is reported, not silently dropped
            section = Section.SKIPPED;
            if (role.isEmpty()) {
                log.error(number, "'Level order:' before the role line; list ignored");
            } else if (!rest.isBlank()) {
                log.error(number, "'Level order:' takes its levels as '- ' lines below it, not on the same line");
            } else if (levelOrderLine > 0) {
                log.error(number, "second 'Level order:' in one file; list ignored");
            } else {
                levelOrderLine = number;
                section = Section.LEVEL_ORDER;
            }
        }

        Contribution result() {
            List<Problem> problems = log.problems();
            if (role.isEmpty()) {
                if (problems.isEmpty()) {
                    problems = List.of(Problem.warning(log.file(), 0, "no role line: the file adds nothing"));
                }
                return Contribution.failed(log.file(), problems);
            }
            List<RoleLevel> roleLevels = levels.values().stream()
                    .map(draft -> draft.toLevel(role, family))
                    .toList();
            Role parsed = new Role(role, family, String.join("\n", roleDescription), roleLevels);
            List<Contribution.LevelOrder> orders = levelOrderLine > 0
                    ? List.of(new Contribution.LevelOrder(role, levelOrder, levelOrderLine))
                    : List.of();
            return new Contribution(log.file(), true, List.of(parsed), List.of(), orders, problems);
        }
    }

    private static final class LevelDraft {
        final String name;
        final List<String> description = new ArrayList<>();
        final List<String> responsibilities = new ArrayList<>();
        final Map<String, SkillDraft> skills = new LinkedHashMap<>();

        LevelDraft(String name) {
            this.name = name;
        }

        RoleLevel toLevel(String role, String family) {
            List<SkillRequirement> requirements = skills.values().stream()
                    .map(s -> new SkillRequirement(s.name, s.level, s.expectations))
                    .toList();
            return new RoleLevel(name, role, family, String.join("\n", description), responsibilities, requirements);
        }
    }

    private static final class SkillDraft {
        final String name;
        Optional<SkillLevel> level;
        final List<String> expectations = new ArrayList<>();

        SkillDraft(String name, Optional<SkillLevel> level) {
            this.name = name;
            this.level = level;
        }
    }
}
