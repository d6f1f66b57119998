package org.skillsguide.framework.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits the structured prose of export cells (already cleaned by {@link TextCleaner}) into parts. */
final class CellText {

    /** Prose, and the items of the list that was embedded in it. */
    record Split(String prose, List<String> items) {

        Split {
            items = List.copyOf(items);
        }
    }

    private static final Pattern YOU_CAN = Pattern.compile("(?i)you can\\s*:?");
    private static final Pattern BULLET = Pattern.compile("-\\s*(.*)");

    private CellText() {}

    /**
     * Takes the {@code - } list under the line matching {@code heading} out of the text. The prose
     * before it stays; prose after the list (a closing remark) is kept as a last paragraph so that
     * nothing the data says is lost.
     */
    static Split extractList(String text, Pattern heading) {
        List<String> lines = text.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (heading.matcher(lines.get(i)).matches()) {
                start = i;
            }
        }
        if (start < 0) {
            return new Split(text, List.of());
        }
        List<String> items = new ArrayList<>();
        int end = start + 1;
        for (; end < lines.size(); end++) {
            var bullet = BULLET.matcher(lines.get(end));
            if (!bullet.matches()) {
                break;
            }
            if (!bullet.group(1).isBlank()) {
                items.add(bullet.group(1).strip());
            }
        }
        String before = String.join("\n", lines.subList(0, start)).strip();
        String after = String.join("\n", lines.subList(end, lines.size())).strip();
        String prose = before.isEmpty() || after.isEmpty() ? before + after : before + "\n\n" + after;
        return new Split(prose, items);
    }

    /**
     * The statements of a skill-level cell: its leading "You can:" dropped (every statement reads
     * "you can ..."), then every line one statement, bullet dash removed.
     */
    static List<String> statements(String text) {
        List<String> lines = new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        if (!lines.isEmpty() && YOU_CAN.matcher(lines.get(0)).matches()) {
            lines.remove(0);
        }
        return lines.stream()
                .map(line -> BULLET.matcher(line).matches() ? line.substring(1).strip() : line)
                .filter(line -> !line.isEmpty() && !TextCleaner.isPlaceholder(line))
                .toList();
    }
}
