package org.skillsguide.answer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillsguide.framework.LadderWords;

/**
 * Reads what a question or slash command asks for, from its wording alone. Names are not looked up
 * here: a phrase that names nothing is the engine's business.
 */
final class QuestionParser {

    private static final Pattern SLASH = Pattern.compile("^/([\\p{L}-]+)\\s*(.*)$", Pattern.DOTALL);

    private static final List<Pattern> COMPARE = List.of(
            Pattern.compile("^(?:compare|comparing) (.+?) (?:and|with|to|against|vs|versus) (.+)$"),
            Pattern.compile("^(?:what(?: is|s)? )?(?:the )?differences? between (.+?) and (.+)$"),
            Pattern.compile("^how (?:does|do|is|are) (.+?) differ(?:ent)? from (.+)$"),
            Pattern.compile("^.*?\\bfrom (?:an? |the )?(.+?) (?:to|into) (?:an? |the )?(.+)$"),
            Pattern.compile("^(.+?) (?:vs|versus) (.+)$"));

    private static final List<Pattern> ROLES_IN = List.of(
            Pattern.compile("^(?:what|which) (?:job )?(?:roles|jobs|careers|professions)(?: are there| exist| do we have| are| can i do| there are)? in (?:the )?(.+?)(?: family| profession| area| group)?$"),
            Pattern.compile("^(?:(?:please )?(?:list|show|show me|give me|tell me|what are) )?(?:all )?(?:of )?(?:the )?(?:job )?(?:roles|jobs) (?:are )?(?:there )?(?:in|of|for|within) (?:the )?(.+?)(?: family| profession)?$"),
            Pattern.compile("^(.+?) (?:family|role family|profession|roles|jobs)$"));

    private static final List<Pattern> SKILLS_OF = List.of(
            Pattern.compile("^(?:what |which )?skills? (?:does|do|would|should|will) (?:an? |the |my )?(.+?) (?:need|have|require|use|want)(?: to have)?$"),
            Pattern.compile("^(?:what |which |the |list |show )?(?:are |me )?(?:the )?skills? (?:are )?(?:for|of|needed for|needed by|needed as|required for|required by|required of|expected of|expected for|at|as) (?:an? |the )?(.+)$"),
            Pattern.compile("^(?:what do i need|what does it take|what (?:skills|do) (?:do )?(?:i|you|we|they) need(?: to have| to know)?) (?:to be|to become|to work as|as|for) (?:an? |the )?(.+)$"),
            Pattern.compile("^(.+?) skills$"));

    private static final Pattern WHAT_THEY_DO = Pattern.compile(
            "^(?:so )?(?:what|wat|wht) (?:does|do|did|would|will) (?:an? |the |my )?(.+?) (?:do|does|mean|involve|look like)$");

    private static final Pattern ASKS_FOR_PERSON = Pattern.compile(
            "^(?:(?:what|who)(?: is|'s|s| are)? (?:an?|the) |who (?:is|are) |what do (?:an? )?\\S+s do)");

    private static final Pattern ASKS_FOR_THING = Pattern.compile("^(?:what is|what's|whats|define|explain|meaning of) ");

    /** Openings that only frame a question: "what is", "tell me about", "can you explain". */
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:(?:hi|hello|hey|please|pls|ok|so|and|can you|could you|would you|i want to know|i'd like to know|"
                    + "tell me(?: more)? about|tell me|explain|describe|define|show me|show|what is|what's|whats|what are|"
                    + "who is|who are|what|who|about|is there|are there|info on|information on|"
                    + "the role of|role of|the|an|a|my)\\b[\\s,]*)+");

    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?:[\\s,]+(?:please|pls|thanks|thank you|role|job|position|level|role level|mean|means|do|does|then))+$");

    private QuestionParser() {}

    /** Questions are read by their first characters: no one asks for a role in a paragraph. */
    static final int MAX_QUESTION_CHARS = 300;

    static Intent parse(String question) {
        String text = normalise(question.length() > MAX_QUESTION_CHARS * 2 ? question.substring(0, MAX_QUESTION_CHARS * 2) : question);
        if (text.length() > MAX_QUESTION_CHARS) {
            text = text.substring(0, MAX_QUESTION_CHARS).strip();
        }
        Matcher slash = SLASH.matcher(text);
        if (slash.matches()) {
            return command(slash.group(1), slash.group(2).strip());
        }
        if (text.isEmpty() || text.matches("^(?:help|\\?|usage|commands|what can you do|how do i use (?:this|you)|hi|hello|hey)$")) {
            return new Intent.Help(Optional.empty());
        }
        for (Pattern pattern : COMPARE) {
            Matcher m = pattern.matcher(text);
            if (m.matches() && !subject(m.group(1)).isEmpty() && !subject(m.group(2)).isEmpty()) {
                return compare(subject(m.group(1)), subject(m.group(2)));
            }
        }
        for (Pattern pattern : SKILLS_OF) {
            Matcher m = pattern.matcher(text);
            if (m.matches() && !subject(m.group(1)).isEmpty()) {
                return new Intent.SkillsOf(subject(m.group(1)));
            }
        }
        for (Pattern pattern : ROLES_IN) {
            Matcher m = pattern.matcher(text);
            if (m.matches() && !subject(m.group(1)).isEmpty()) {
                return new Intent.RolesIn(subject(m.group(1)));
            }
        }
        Matcher whatTheyDo = WHAT_THEY_DO.matcher(text);
        if (whatTheyDo.matches() && !subject(whatTheyDo.group(1)).isEmpty()) {
            return new Intent.Lookup(subject(whatTheyDo.group(1)), Intent.Asking.PERSON);
        }
        Intent.Asking asking = ASKS_FOR_PERSON.matcher(text).find()
                ? Intent.Asking.PERSON
                : ASKS_FOR_THING.matcher(text).find() ? Intent.Asking.THING : Intent.Asking.NAME;
        return new Intent.Lookup(subject(text), asking);
    }

    /**
     * "junior and senior content designer" names two levels that share their last words: the
     * shorter side borrows them ("junior content designer").
     */
    private static Intent.Compare compare(String from, String to) {
        String[] fromWords = from.split(" ");
        String[] toWords = to.split(" ");
        if (fromWords.length == 1 && toWords.length > 1 && LadderWords.WORDS.contains(toWords[0]) && LadderWords.WORDS.contains(fromWords[0])) {
            return new Intent.Compare(from + to.substring(toWords[0].length()), to);
        }
        if (toWords.length == 1 && fromWords.length > 1 && LadderWords.WORDS.contains(fromWords[0]) && LadderWords.WORDS.contains(toWords[0])) {
            return new Intent.Compare(from, to + from.substring(fromWords[0].length()));
        }
        return new Intent.Compare(from, to);
    }

    private static Intent command(String name, String argument) {
        String command = name.toLowerCase(Locale.ROOT);
        if (argument.isEmpty() || argument.equals("help") || command.equals("help")) {
            return new Intent.Help(command.equals("help") ? Optional.empty() : Optional.of(command));
        }
        String phrase = subject(argument);
        return switch (command) {
            case "role", "roles", "level" -> new Intent.RoleOrLevel(phrase);
            case "skills" -> new Intent.SkillsOf(phrase);
            case "skill" -> new Intent.SkillNamed(phrase);
            default -> parse(argument);
        };
    }

    /** A phrase with the question's framing words removed: "what does a head of ITSM do" → "head of itsm". */
    static String subject(String phrase) {
        String text = phrase.strip();
        text = LEADING_FILLER.matcher(text).replaceFirst("");
        text = TRAILING_FILLER.matcher(text).replaceFirst("");
        return text.strip();
    }

    /**
     * Lower case, compatibility forms folded, quotes straightened, invisible and control characters
     * dropped, spaces collapsed, closing punctuation removed.
     */
    static String normalise(String question) {
        String text = Normalizer.normalize(question, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT).strip();
        // "what's" and "whats" read alike, as people type both.
        text = APOSTROPHE_IN_WORD.matcher(text).replaceAll("");
        text = QUOTES_AROUND.matcher(text).replaceAll("");
        text = CLOSING_PUNCTUATION.matcher(text).replaceAll("");
        return text.strip();
    }

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Cc}\\p{Z}\\s]+");
    private static final Pattern APOSTROPHE_IN_WORD = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\"'`]+|[\"'`]+$");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[\\s?!.,;:]+$");
}
