package org.skillsguide.answer;

import java.util.Optional;

/** What a question asks for, before anything is looked up. */
sealed interface Intent {

    /** How to use the bot; {@code topic} names a command when the help is about one. */
    record Help(Optional<String> topic) implements Intent {}

    /** "what does a head of ITSM do", "strategic thinking": a name of any kind. */
    record Lookup(String phrase, Asking asking) implements Intent {}

    /** What the wording says about the kind of name asked for, to break ties between kinds. */
    enum Asking {
        /** "what does a X do", "what is a X", "who is X": a person, so a level or a role. */
        PERSON,
        /** "what is X", "define X": a thing, so more likely a skill. */
        THING,
        /** A bare name: a role before its level of the same name. */
        NAME
    }

    /** "/role X": a role's ladder, or a level's card when X names a level. */
    record RoleOrLevel(String phrase) implements Intent {}

    /** "/skills X", "skills for X": the skills of a level. */
    record SkillsOf(String phrase) implements Intent {}

    /** "/skill X": a skill. */
    record SkillNamed(String phrase) implements Intent {}

    /** "what roles are there in data": a family's roles. */
    record RolesIn(String phrase) implements Intent {}

    /** "what changes from A to B". */
    record Compare(String from, String to) implements Intent {}
}
