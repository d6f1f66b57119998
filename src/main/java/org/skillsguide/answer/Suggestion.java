package org.skillsguide.answer;

/**
 * Another answer the asker may have meant.
 *
 * @param label what the button shows, e.g. "Lead developer - management"
 * @param query the words that produce that answer when asked, e.g. "/role Lead developer - management"
 * @param subject the exact name, as in the data, of what that answer is about
 */
public record Suggestion(String label, String query, String subject) {}
