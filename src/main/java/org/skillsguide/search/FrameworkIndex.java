package org.skillsguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.skillsguide.framework.Family;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.Skill;
import org.skillsguide.framework.SkillRequirement;

/**
 * An in-memory Lucene index of one framework: its names (families, roles, levels, skills) and its
 * statements. Immutable once built and safe to share between threads; a reload builds a new one.
 */
public final class FrameworkIndex {

    /** Bounds that keep hostile input cheap: a 10,000-word question is searched by its first words. */
    private static final int MAX_PHRASE_WORDS = 16;
    private static final int MAX_STATEMENT_WORDS = 48;
    private static final int MAX_READINGS = 8;

    /** Common words that say nothing about which statement is meant; they never count as a match. */
    private static final Set<String> STATEMENT_STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "has", "have", "how",
            "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that", "the",
            "their", "them", "they", "this", "to", "was", "we", "what", "whats", "when", "where", "which", "who",
            "whom", "why", "will", "with", "would", "you", "your", "can", "should", "someone", "somebody",
            "person", "role", "job", "s",
            // Everyday verbs and fillers that say how, not what: "makes sure", "tries to", "keeps up".
            "make", "makes", "making", "sure", "try", "tries", "trying", "get", "gets", "getting", "keep", "keeps",
            "thing", "things", "stuff", "lot", "lots", "also", "just", "about", "up", "out", "all", "any", "some",
            "very", "really", "there", "here", "then", "than", "big", "good", "well", "one", "ones", "not", "no", "nor",
            "mean", "means", "meaning", "life", "everything", "anything", "something");

    private final Framework framework;
    private final IndexSearcher searcher;
    private final Analyzer nameQueryAnalyzer;
    private final Analyzer statementQueryAnalyzer;
    private final Analyzer statementAnalyzer;
    private final Vocabulary vocabulary;
    /** What each document is, by Lucene doc ID: reading stored fields per hit costs more than an answer may. */
    private final Object[] entryByDoc;
    private final int statementCount;

    private FrameworkIndex(Framework framework, IndexSearcher searcher, Synonyms synonyms, List<Object> entries)
            throws IOException {
        this.framework = framework;
        this.searcher = searcher;
        this.nameQueryAnalyzer = IndexSchema.nameQueryAnalyzer(synonyms.map());
        this.statementQueryAnalyzer = IndexSchema.statementQueryAnalyzer(synonyms.map());
        this.statementAnalyzer = IndexSchema.statementAnalyzer();
        Set<String> words = new HashSet<>();
        entries.stream()
                .filter(NameEntry.class::isInstance)
                .forEach(e -> ((NameEntry) e).variants().forEach(name -> words.addAll(name.words())));
        this.vocabulary = new Vocabulary(words);
        this.entryByDoc = new Object[searcher.getIndexReader().maxDoc()];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues ordinals = leaf.reader().getNumericDocValues(IndexSchema.ORDINAL);
            for (int doc = ordinals.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
                entryByDoc[leaf.docBase + doc] = entries.get((int) ordinals.longValue());
            }
        }
        this.statementCount = (int) entries.stream().filter(StatementEntry.class::isInstance).count();
    }

    /** A named entity's document: the name and its aliases, ready for scoring. */
    private record NameEntry(List<NameScorer.Name> variants) {}

    /** A statement's document, with its analysed words and where each stands in the text. */
    private static final class StatementEntry {
        final String text;
        final String level;
        final Optional<String> skill;
        final StatementSource source;
        /** Analysed on first use: most statements are never a hit, and start-up is what admins wait for. */
        private volatile List<Word> words;

        StatementEntry(String text, String level, Optional<String> skill, StatementSource source) {
            this.text = text;
            this.level = level;
            this.skill = skill;
            this.source = source;
        }

        List<Word> words(Analyzer analyzer) {
            List<Word> known = words;
            if (known == null) {
                known = FrameworkIndex.words(analyzer, text);
                words = known;
            }
            return known;
        }
    }

    /** A term of a statement and the word of the text it came from. */
    private record Word(String term, String surface) {}

    /** Indexes a framework; the synonyms apply to every query of the result. */
    public static FrameworkIndex build(Framework framework, Synonyms synonyms) {
        Analyzer nameAnalyzer = IndexSchema.nameAnalyzer();
        Analyzer statementAnalyzer = IndexSchema.statementAnalyzer();
        Analyzer perField = new PerFieldAnalyzerWrapper(nameAnalyzer, Map.of(IndexSchema.STATEMENT_TEXT, statementAnalyzer));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Object> entries = new ArrayList<>();
        Set<String> named = new HashSet<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (Family family : framework.families()) {
                addName(writer, entries, named, nameAnalyzer, EntityType.FAMILY, family.name());
                for (Role role : family.roles()) {
                    addName(writer, entries, named, nameAnalyzer, EntityType.ROLE, role.name());
                    for (RoleLevel level : role.levels()) {
                        addName(writer, entries, named, nameAnalyzer, EntityType.LEVEL, level.name());
                        addStatements(writer, entries, level);
                    }
                }
            }
            for (Skill skill : framework.skills()) {
                addName(writer, entries, named, nameAnalyzer, EntityType.SKILL, skill.name());
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            return new FrameworkIndex(framework, new IndexSearcher(reader), synonyms, entries);
        } catch (IOException e) {
            // The index lives in memory: an I/O failure here is a bug, not a data problem.
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    private static void addName(IndexWriter writer, List<Object> entries, Set<String> named, Analyzer analyzer,
            EntityType type, String name) throws IOException {
        if (!named.add(key(type, name))) {
            return;
        }
        List<NameScorer.Name> variants = new ArrayList<>();
        variants.add(NameScorer.Name.of(type, name, IndexSchema.terms(analyzer, name), name));
        Document doc = new Document();
        doc.add(new NumericDocValuesField(IndexSchema.ORDINAL, entries.size()));
        doc.add(new TextField(IndexSchema.NAME_TEXT, name, Field.Store.NO));
        for (String alias : NameAliases.of(name)) {
            variants.add(NameScorer.Name.of(type, name, IndexSchema.terms(analyzer, alias), alias));
            doc.add(new TextField(IndexSchema.NAME_TEXT, alias, Field.Store.NO));
        }
        entries.add(new NameEntry(List.copyOf(variants)));
        writer.addDocument(doc);
    }

    private static void addStatements(IndexWriter writer, List<Object> entries, RoleLevel level)
            throws IOException {
        if (!level.description().isEmpty()) {
            addStatement(writer, entries, level.description(), level, Optional.empty(), StatementSource.LEVEL_DESCRIPTION);
        }
        for (String responsibility : level.responsibilities()) {
            addStatement(writer, entries, responsibility, level, Optional.empty(), StatementSource.RESPONSIBILITY);
        }
        for (SkillRequirement requirement : level.skills()) {
            for (String expectation : requirement.expectations()) {
                addStatement(writer, entries, expectation, level, Optional.of(requirement.skill()),
                        StatementSource.SKILL_EXPECTATION);
            }
        }
    }

    private static void addStatement(IndexWriter writer, List<Object> entries, String text,
            RoleLevel level, Optional<String> skill, StatementSource source) throws IOException {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(IndexSchema.ORDINAL, entries.size()));
        doc.add(new TextField(IndexSchema.STATEMENT_TEXT, text, Field.Store.NO));
        entries.add(new StatementEntry(text, level.name(), skill, source));
        writer.addDocument(doc);
    }

    /** A text's terms with the words they came from, for telling which words matched a query. */
    private static List<Word> words(Analyzer analyzer, String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.STATEMENT_TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Word(term.toString(), text.substring(offset.startOffset(), offset.endOffset())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }

    public Framework framework() {
        return framework;
    }

    public int statementCount() {
        return statementCount;
    }

    /**
     * Names of the given types that match a phrase, best first, each scored 0 to 1. Acronyms and
     * synonyms are expanded; misspelt words of three letters or more are forgiven.
     */
    public List<NameMatch> matchNames(String phrase, Set<EntityType> types, int limit) {
        return match(phrase, types, limit, false);
    }

    /** As {@link #matchNames}, reading the phrase's last word as the start of a word (typeahead). */
    public List<NameMatch> completeNames(String typed, Set<EntityType> types, int limit) {
        return match(typed, types, limit, true);
    }

    /**
     * Words of questions, not of names: "what would a lead user researcher be doing" names "Lead
     * user researcher" with every word it has. Dropped from a phrase unless some name has them.
     */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "what", "whats", "who", "whom", "which", "how", "why", "when", "where", "would", "will", "should",
            "could", "can", "may", "might", "must", "be", "being", "been", "is", "are", "was", "were", "am",
            "do", "does", "did", "doing", "done", "involve", "involves", "involved", "entail", "entails", "have", "has", "had", "having", "i", "me", "my", "you", "your",
            "we", "our", "they", "their", "it", "please", "tell", "about", "explain", "describe", "mean",
            "means", "meaning", "expected", "expect", "need", "needs", "needed", "role", "roles", "job", "jobs",
            "level", "levels", "someone", "somebody", "person", "people", "like", "look", "looks", "day",
            "typical", "actually", "exactly", "really", "so", "then", "there", "this", "that", "these", "those");

    private List<NameMatch> match(String phrase, Set<EntityType> types, int limit, boolean lastWordIsPrefix) {
        List<List<String>> readings = readings(phrase).stream()
                .map(reading -> reading.stream().filter(w -> vocabulary.contains(w) || !QUESTION_WORDS.contains(w)).toList())
                .filter(reading -> !reading.isEmpty())
                .distinct()
                .toList();
        if (readings.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Double>> near = new HashMap<>();
        for (List<String> reading : readings) {
            for (int i = 0; i < reading.size(); i++) {
                boolean prefix = lastWordIsPrefix && i == reading.size() - 1;
                near.merge(reading.get(i), vocabulary.near(reading.get(i), prefix), (a, b) -> {
                    Map<String, Double> both = new HashMap<>(a);
                    b.forEach((word, similarity) -> both.merge(word, similarity, Math::max));
                    return both;
                });
            }
        }
        Map<String, NameMatch> best = new HashMap<>();
        for (NameScorer.Name name : candidates(near, types)) {
            for (List<String> reading : readings) {
                NameScorer.Score score = NameScorer.score(reading, name, near);
                String key = key(name.type(), name.name());
                NameMatch known = best.get(key);
                if (score.value() > 0 && (known == null || known.score() < score.value())) {
                    best.put(key, new NameMatch(name.type(), name.name(), score.value(), score.exact(), score.phraseCoverage(), score.nameCoverage()));
                }
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(NameMatch::score).reversed()
                        .thenComparing(m -> m.name().length()))
                .limit(limit)
                .toList();
    }

    /** The phrase's analysed words, once per reading of its acronyms and synonyms. */
    private List<List<String>> readings(String phrase) {
        List<List<String>> readings = new ArrayList<>();
        String bounded = firstWords(phrase, MAX_PHRASE_WORDS);
        try (TokenStream stream = nameQueryAnalyzer.tokenStream(IndexSchema.NAME_TEXT, bounded)) {
            Iterator<TokenStream> paths = new GraphTokenStreamFiniteStrings(stream).getFiniteStrings();
            while (paths.hasNext() && readings.size() < MAX_READINGS) {
                TokenStream path = paths.next();
                CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
                List<String> words = new ArrayList<>();
                while (path.incrementToken()) {
                    words.add(term.toString());
                }
                if (!words.isEmpty()) {
                    readings.add(words);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readings;
    }

    /**
     * Names of the given types holding any of the words the phrase may stand for, read straight
     * from the index's postings: every such name is scored, so no ranking is needed here, and a
     * scored search would cost more than the rest of the answer.
     */
    private List<NameScorer.Name> candidates(Map<String, Map<String, Double>> near, Set<EntityType> types) {
        Set<String> terms = new HashSet<>();
        near.values().forEach(candidates -> terms.addAll(candidates.keySet()));
        Set<Integer> docs = new HashSet<>();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms indexed = leaf.reader().terms(IndexSchema.NAME_TEXT);
                if (indexed == null) {
                    continue;
                }
                TermsEnum dictionary = indexed.iterator();
                PostingsEnum postings = null;
                for (String term : terms) {
                    if (!dictionary.seekExact(new BytesRef(term))) {
                        continue;
                    }
                    postings = dictionary.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        docs.add(leaf.docBase + doc);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<NameScorer.Name> found = new ArrayList<>();
        for (int doc : docs) {
            if (entryByDoc[doc] instanceof NameEntry entry && types.contains(entry.variants().get(0).type())) {
                found.addAll(entry.variants());
            }
        }
        return found;
    }

    /**
     * Statements that match free text, best first by BM25. Only statements holding enough of the
     * text's content words, weighed by rarity, are returned: fewer is a guess, not a match (a
     * statement with the rare word "CMDB" counts for more than one with "date").
     */
    public List<StatementMatch> searchStatements(String text, int limit) {
        String bounded = firstWords(text, MAX_STATEMENT_WORDS);
        List<String> contentWords = contentWords(bounded);
        Map<String, Double> weights = new LinkedHashMap<>();
        contentWords.forEach(word -> IndexSchema.terms(statementAnalyzer, word).forEach(t -> weights.put(t, rarity(t))));
        if (weights.isEmpty()) {
            return List.of();
        }
        Query query = new QueryBuilder(statementQueryAnalyzer)
                .createBooleanQuery(IndexSchema.STATEMENT_TEXT, String.join(" ", contentWords), Occur.SHOULD);
        if (query == null) {
            return List.of();
        }
        // A word no statement has cannot be matched, so it cannot count; but when most of the words
        // are unknown, or all but one ("tell me a joke"), what is left matches by accident.
        long known = weights.values().stream().filter(w -> w > 0).count();
        if (known == 0 || known * 2 < weights.size() || (known == 1 && weights.size() > 1)) {
            return List.of();
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double needed = known == 1 ? 1.0 : known == 2 ? 0.6 : 0.45;
        List<StatementMatch> matches = new ArrayList<>();
        Set<String> seenTexts = new HashSet<>();
        try {
            for (ScoreDoc hit : searcher.search(query, Math.max(limit * 4, 40)).scoreDocs) {
                if (!(entryByDoc[hit.doc] instanceof StatementEntry statement)
                        || !seenTexts.add(statement.level + "\u0000" + statement.text)) {
                    continue;
                }
                Highlight highlight = highlight(statement, weights.keySet());
                double coverage = highlight.terms().stream().mapToDouble(weights::get).sum() / total;
                if (coverage + 1e-9 < needed) {
                    continue;
                }
                matches.add(new StatementMatch(
                        statement.text,
                        statement.level,
                        statement.skill,
                        statement.source,
                        highlight.words(),
                        coverage,
                        hit.score));
                if (matches.size() == limit) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }

    /** BM25's inverse document frequency of a statement term; 0 for a term no statement has. */
    private double rarity(String term) {
        try {
            int withTerm = searcher.getIndexReader().docFreq(new Term(IndexSchema.STATEMENT_TEXT, term));
            return withTerm == 0 ? 0 : Math.log(1 + (statementCount - withTerm + 0.5) / (withTerm + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Highlight(List<String> words, Set<String> terms) {}

    /** The statement's words whose terms were asked for, as written in the statement. */
    private Highlight highlight(StatementEntry statement, Set<String> wanted) {
        List<String> words = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        for (Word word : statement.words(statementAnalyzer)) {
            if (wanted.contains(word.term())) {
                terms.add(word.term());
                if (!words.contains(word.surface())) {
                    words.add(word.surface());
                }
            }
        }
        return new Highlight(words, terms);
    }

    /** The words of a text that can tell one statement from another. */
    static List<String> contentWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !STATEMENT_STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The first {@code count} words of a text, and no more than 24 characters for each of them. */
    private static String firstWords(String text, int count) {
        String bounded = text.length() > count * 24 ? text.substring(0, count * 24) : text;
        String[] words = bounded.strip().split("\\s+", count + 1);
        if (words.length <= count) {
            return bounded;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, count));
    }

    private static String key(EntityType type, String name) {
        return type.name() + "\u0000" + name;
    }
}
