package org.skillsguide.framework.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.Skill;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;
import org.skillsguide.framework.load.CsvLayout.Column;

/**
 * Parses the framework's official CSV exports (roles layout: a row per role level x skill; skills
 * layout: a row per skill), cleaning every cell. Problems name the line where the row starts.
 */
final class FrameworkCsvParser {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final Pattern LEVEL_RESPONSIBILITIES =
            Pattern.compile("(?i)at this role level,?\\s*you will\\s*:?");
    private static final Map<Column, SkillLevel> LEVEL_COLUMNS = Map.of(
            Column.AWARENESS, SkillLevel.AWARENESS,
            Column.WORKING, SkillLevel.WORKING,
            Column.PRACTITIONER, SkillLevel.PRACTITIONER,
            Column.EXPERT, SkillLevel.EXPERT);

    /** Parses one file; an unreadable file or unknown header gives an error and nothing else. */
    Contribution parse(Path file) {
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(name, reader);
        } catch (CharacterCodingException e) {
            return Contribution.failed(name, List.of(Problem.error(name, 0, "not UTF-8 text: " + e)));
        } catch (IOException e) {
            return Contribution.failed(name, List.of(Problem.error(name, 0, "cannot read: " + e.getMessage())));
        }
    }

    /** Parses CSV text, for tests. */
    Contribution parse(String fileName, String csv) {
        try {
            return parse(fileName, new StringReader(csv));
        } catch (IOException e) {
            throw new IllegalStateException("a string reader does not fail", e);
        }
    }

    private Contribution parse(String fileName, Reader reader) throws IOException {
        ProblemLog log = new ProblemLog(fileName);
        RowReader rows = null;
        try (CsvParser parser = MAPPER.getFactory().createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema().withHeader());
            // A stray cell past the last column (often a trailing comma) must not end the file:
            // the row's known cells are read and the extra ones dropped.
            parser.enable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE);
            JsonToken token = parser.nextToken(); // reads the header, then the first record's START_OBJECT
            List<String> header = new ArrayList<>();
            parser.getSchema().forEach(column -> header.add(column.getName()));
            if (header.isEmpty()) {
                log.error(0, "empty file: no CSV header");
                return Contribution.failed(fileName, log.problems());
            }
            Optional<CsvLayout.Match> match = CsvLayout.detect(header);
            if (match.isEmpty()) {
                log.error(1, "unknown CSV header " + header + "; expected the " + CsvLayout.expectations());
                return Contribution.failed(fileName, log.problems());
            }
            if (!match.get().unknown().isEmpty()) {
                log.warning(1, "columns ignored: " + match.get().unknown());
            }
            rows = new RowReader(match.get(), log);
            for (; token == JsonToken.START_OBJECT; token = parser.nextToken()) {
                Map<String, String> row = new HashMap<>();
                int line = 0;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    if (line == 0) {
                        // The first cell's location is where the record starts; START_OBJECT's is not
                        // (it points at the end of the previous record).
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    String column = parser.currentName();
                    row.put(column, parser.nextTextValue());
                }
                rows.read(row, line);
            }
            return rows.result();
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            log.error(line, "malformed CSV, rows from here on ignored: " + e.getOriginalMessage());
            // The rows before the damage are sound: keep them.
            return rows == null ? Contribution.failed(fileName, log.problems()) : rows.result();
        }
    }

    /** Turns the rows of one file into model fragments. */
    private static final class RowReader {
        private final CsvLayout.Match match;
        private final ProblemLog log;
        private final List<Role> roles = new ArrayList<>();
        private final List<Skill> skills = new ArrayList<>();
        private final Set<String> seenRows = new HashSet<>();
        private final Set<String> rolesNotInUse = new HashSet<>();

        RowReader(CsvLayout.Match match, ProblemLog log) {
            this.match = match;
            this.log = log;
        }

        void read(Map<String, String> row, int line) {
            switch (match.layout()) {
                case ROLES -> roleRow(row, line);
                case SKILLS -> skillRow(row, line);
            }
        }

        private void roleRow(Map<String, String> row, int line) {
            String family = name(row, Column.ROLE_FAMILY, line);
            String role = name(row, Column.ROLE, line);
            if (family.isEmpty() || role.isEmpty()) {
                log.error(line, "row without a role family or role name; row ignored");
                return;
            }
            String roleDescription = text(row, Column.ROLE_DESCRIPTION, line);
            TextCleaner.Cleaned levelName = TextCleaner.name(cell(row, Column.ROLE_LEVEL));
            if (levelName.isEmpty()) {
                reportLevelless(role, levelName, line);
                roles.add(new Role(role, family, roleDescription, List.of()));
                return;
            }
            String level = cleaned(Column.ROLE_LEVEL, line, levelName);
            CellText.Split levelText = CellText.extractList(text(row, Column.ROLE_LEVEL_DESCRIPTION, line),
                    LEVEL_RESPONSIBILITIES);
            List<SkillRequirement> requirements = requirement(row, line, role, level).stream().toList();
            RoleLevel roleLevel =
                    new RoleLevel(level, role, family, levelText.prose(), levelText.items(), requirements);
            roles.add(new Role(role, family, roleDescription, List.of(roleLevel)));
        }

        /** A "NOT IN USE" level is the export's way to list a role without levels: one warning per role. */
        private void reportLevelless(String role, TextCleaner.Cleaned levelName, int line) {
            if (!levelName.wasPlaceholder()) {
                log.error(line, "row of role '" + role + "' without a role level; only the role is kept");
            } else if (rolesNotInUse.add(role.toLowerCase(Locale.ROOT))) {
                log.warning(line, "role level placeholder ('NOT IN USE' or 'MISSING') of role '" + role
                        + "' is not a level: its rows add only the role");
            }
        }

        /** The row's skill as its level needs it; also records what the row says about the skill. */
        private Optional<SkillRequirement> requirement(Map<String, String> row, int line, String role, String level) {
            String skill = name(row, Column.SKILL_NAME, line);
            if (skill.isEmpty()) {
                return Optional.empty();
            }
            if (!seenRows.add(String.join("\u0000", role, level, skill).toLowerCase(Locale.ROOT))) {
                log.mended("repeated rows of the same role level and skill merged", line);
            }
            String levelCell = name(row, Column.SKILL_LEVEL, line);
            Optional<SkillLevel> skillLevel = SkillLevel.parse(levelCell);
            if (skillLevel.isEmpty() && !levelCell.isEmpty()) {
                log.error(line, "unknown skill level '" + levelCell + "' (expected awareness, working,"
                        + " practitioner or expert); skill '" + skill + "' not added to '" + level + "'");
                return Optional.empty();
            }
            List<String> expectations = CellText.statements(text(row, Column.SKILL_LEVEL_DESCRIPTION, line));
            Map<SkillLevel, List<String>> statements = new EnumMap<>(SkillLevel.class);
            skillLevel.filter(l -> !expectations.isEmpty()).ifPresent(l -> statements.put(l, expectations));
            skills.add(new Skill(skill, text(row, Column.SKILL_DESCRIPTION, line), statements));
            return Optional.of(new SkillRequirement(skill, skillLevel, expectations));
        }

        private void skillRow(Map<String, String> row, int line) {
            String skill = name(row, Column.SKILL_NAME, line);
            if (skill.isEmpty()) {
                log.error(line, "row without a skill name; row ignored");
                return;
            }
            Map<SkillLevel, List<String>> statements = new EnumMap<>(SkillLevel.class);
            LEVEL_COLUMNS.forEach((column, level) -> {
                List<String> lines = CellText.statements(text(row, column, line));
                if (!lines.isEmpty()) {
                    statements.put(level, lines);
                }
            });
            skills.add(new Skill(skill, text(row, Column.SKILL_DESCRIPTION, line), statements));
        }

        private String name(Map<String, String> row, Column column, int line) {
            return cleaned(column, line, TextCleaner.name(cell(row, column)));
        }

        private String text(Map<String, String> row, Column column, int line) {
            return cleaned(column, line, TextCleaner.text(cell(row, column)));
        }

        /** The cleaned text, its mended defects tallied per column so the warning says where to look. */
        private String cleaned(Column column, int line, TextCleaner.Cleaned cleaned) {
            cleaned.defects().forEach(defect -> log.mended(column.header + ": " + defect.description(), line));
            return cleaned.text();
        }

        private String cell(Map<String, String> row, Column column) {
            String header = match.headers().get(column);
            return header == null ? "" : row.getOrDefault(header, "");
        }

        Contribution result() {
            return new Contribution(log.file(), false, roles, skills, List.of(), log.problems());
        }
    }
}
