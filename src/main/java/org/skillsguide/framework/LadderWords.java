package org.skillsguide.framework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The words that name a rung of a ladder rather than a role: "senior", "lead", "head". */
public final class LadderWords {

    public static final Set<String> WORDS = Set.of(
            "apprentice", "trainee", "junior", "associate", "senior", "lead", "principal", "head", "chief");

    private LadderWords() {}

    /** The ladder words a text holds, lower case. */
    public static Set<String> in(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(WORDS::contains)
                .collect(Collectors.toSet());
    }
}
