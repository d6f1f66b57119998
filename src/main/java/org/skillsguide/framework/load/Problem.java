package org.skillsguide.framework.load;

/**
 * Something wrong in a data file, pointing at where it is.
 *
 * @param severity an error drops what it is about; a warning is a defect the loader mended or
 *     passed over
 * @param file the file's name as the admin knows it
 * @param line 1-based line number; 0 when the problem is about the whole file
 */
public record Problem(Severity severity, String file, int line, String message) {

    public enum Severity {
        WARNING,
        ERROR
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: severity: message}, the form editors and CI logs link from. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
