package org.skillsguide.framework.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems of one file. Errors are kept one by one; mended defects are counted so that an
 * export with thousands of curly quotes gives one readable warning per kind of defect, not thousands.
 */
final class ProblemLog {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    ProblemLog(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, String message) {
        problems.add(Problem.error(file, line, message));
    }

    void warning(int line, String message) {
        problems.add(Problem.warning(file, line, message));
    }

    /** Counts a repeated, mended defect; reported once per kind with its count and first line. */
    void mended(String what, int line) {
        tallies.computeIfAbsent(what, key -> new Tally(line)).count++;
    }

    void mended(Set<TextDefect> defects, int line) {
        defects.forEach(defect -> mended(defect.description(), line));
    }

    /** Individual problems and one warning per tallied defect, by line (a stable sort keeps ties in order). */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        tallies.forEach((what, tally) -> all.add(Problem.warning(file, tally.firstLine, what + tally.times())));
        all.sort(Comparator.comparingInt(Problem::line));
        return all;
    }

    private static final class Tally {
        final int firstLine;
        int count;

        Tally(int firstLine) {
            this.firstLine = firstLine;
        }

        String times() {
            return count == 1 ? "" : " (" + count + " times, first here)";
        }
    }
}
