package org.skillsguide.framework.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two layouts of the framework's official CSV download, told apart by their header. Header
 * names match ignoring case, spacing and invisible characters (a byte order mark on the first one).
 */
enum CsvLayout {
    ROLES(Column.ROLE_FAMILY, Column.ROLE, Column.ROLE_DESCRIPTION, Column.ROLE_LEVEL,
            Column.ROLE_LEVEL_DESCRIPTION, Column.SKILL_NAME, Column.SKILL_DESCRIPTION, Column.SKILL_LEVEL,
            Column.SKILL_LEVEL_DESCRIPTION, Column.ROLE_TYPE),
    SKILLS(Column.SKILL_NAME, Column.SKILL_DESCRIPTION, Column.AWARENESS, Column.WORKING, Column.PRACTITIONER,
            Column.EXPERT, Column.ROLES_THAT_REQUIRE_SKILL);

    /** A column of either layout; {@code required} false for those the loader does not use. */
    enum Column {
        ROLE_FAMILY("Role Family", true),
        ROLE("Role", true),
        ROLE_DESCRIPTION("Role Description", true),
        ROLE_LEVEL("Role Level", true),
        ROLE_LEVEL_DESCRIPTION("Role Level Description", true),
        SKILL_NAME("Skill Name", true),
        SKILL_DESCRIPTION("Skill Description", true),
        SKILL_LEVEL("Skill Level", true),
        SKILL_LEVEL_DESCRIPTION("Skill Level Description", true),
        ROLE_TYPE("Role Type", false),
        AWARENESS("Awareness", true),
        WORKING("Working", true),
        PRACTITIONER("Practitioner", true),
        EXPERT("Expert", true),
        ROLES_THAT_REQUIRE_SKILL("Roles that require Skill", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    /** A header matched to a layout: which raw header name holds each column, and what was left over. */
    record Match(CsvLayout layout, Map<Column, String> headers, List<String> unknown) {}

    private final Set<Column> columns;

    CsvLayout(Column first, Column... rest) {
        this.columns = EnumSet.of(first, rest);
    }

    /** The layout whose required columns the header has; empty when none fits. */
    static Optional<Match> detect(List<String> header) {
        for (CsvLayout layout : values()) {
            Map<Column, String> found = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (String raw : header) {
                layout.columns.stream()
                        .filter(column -> normalise(column.header).equals(normalise(raw)))
                        .findFirst()
                        .ifPresentOrElse(column -> found.putIfAbsent(column, raw), () -> unknown.add(raw));
            }
            boolean complete = layout.columns.stream().filter(c -> c.required).allMatch(found::containsKey);
            if (complete) {
                return Optional.of(new Match(layout, found, unknown));
            }
        }
        return Optional.empty();
    }

    /** The admin-readable list of what each layout needs, for the unknown-header error. */
    static String expectations() {
        return java.util.Arrays.stream(values())
                .map(layout -> layout.name().toLowerCase(Locale.ROOT) + " layout: "
                        + layout.columns.stream().map(c -> c.header).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; or "));
    }

    private static String normalise(String header) {
        return TextCleaner.name(header).text().toLowerCase(Locale.ROOT);
    }
}
