package org.skillsguide.config;

/**
 * A setting is missing or malformed. The message is one line that names the variable and never
 * contains a secret's value, so it can be printed as it is.
 */
public final class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }
}
