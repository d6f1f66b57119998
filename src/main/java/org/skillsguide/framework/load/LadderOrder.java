package org.skillsguide.framework.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Orders a role's levels by seniority, since exports list them alphabetically.
 *
 * <p>The ladder words, lowest first: apprentice, trainee, junior, associate, (plain), senior, lead,
 * principal, head, chief. A "X - management" level sits just after X. Where a role's levels differ
 * in their job noun ("Service desk analyst", "Service desk manager"), analysts come before other
 * titles and managers after them, and any "head"/"chief" level above all. Ties keep the data's order.
 */
final class LadderOrder {

    private static final Map<String, Integer> LADDER = Map.of(
            "apprentice", 0, "trainee", 1, "junior", 2, "associate", 3,
            "senior", 5, "lead", 6, "principal", 7, "head", 8, "chief", 9);
    private static final int PLAIN = 4;
    private static final int HEAD = 8;
    private static final Pattern MANAGEMENT_VARIANT = Pattern.compile("(?i).*\\s-\\s*management");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    private LadderOrder() {}

    /**
     * The levels in ladder order.
     *
     * @param role the role's name, to recognise its plain level
     * @param levels the level names in the data's order
     */
    static List<String> sort(String role, List<String> levels) {
        List<String> sorted = new ArrayList<>(levels);
        // List.sort is stable: levels that compare equal keep the data's order.
        sorted.sort(Comparator.comparingInt((String level) -> tier(role, level))
                .thenComparingInt(level -> rank(role, level))
                .thenComparingInt(level -> MANAGEMENT_VARIANT.matcher(level).matches() ? 1 : 0));
        return sorted;
    }

    /** Analyst titles 0, others 1, manager titles 2, head and chief 3. */
    private static int tier(String role, String level) {
        if (rank(role, level) >= HEAD) {
            return 3;
        }
        List<String> words = words(level);
        if (words.contains("analyst")) {
            return 0;
        }
        return words.contains("manager") ? 2 : 1;
    }

    private static int rank(String role, String level) {
        if (level.equalsIgnoreCase(role)) {
            return PLAIN;
        }
        return words(level).stream().filter(LADDER::containsKey).findFirst().map(LADDER::get).orElse(PLAIN);
    }

    private static List<String> words(String name) {
        return List.of(WORDS.split(name.toLowerCase(Locale.ROOT)));
    }
}
