package org.skillsguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
    private static final int NAME_CANDIDATES = 40;

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
            "very", "really", "there", "here", "then", "than", "big", "good", "well", "one", "ones");

    private final Framework framework;
    private final IndexSearcher searcher;
    private final Analyzer nameQueryAnalyzer;
    private final Analyzer statementQueryAnalyzer;
    private final Analyzer statementAnalyzer;
    private final Map<String, List<NameScorer.Name>> names;
    private final Set<String> nameVocabulary;
    private final int statementCount;

    private FrameworkIndex(
            Framework framework,
            IndexSearcher searcher,
            Synonyms synonyms,
            Map<String, List<NameScorer.Name>> names,
            int statementCount) {
        this.framework = framework;
        this.searcher = searcher;
        this.nameQueryAnalyzer = IndexSchema.nameQueryAnalyzer(synonyms.map());
        this.statementQueryAnalyzer = IndexSchema.statementQueryAnalyzer(synonyms.map());
        this.statementAnalyzer = IndexSchema.statementAnalyzer();
        this.names = names;
        this.nameVocabulary = new HashSet<>();
        names.values().forEach(variants -> variants.forEach(name -> nameVocabulary.addAll(name.words())));
        this.statementCount = statementCount;
    }

    /** Indexes a framework; the synonyms apply to every query of the result. */
    public static FrameworkIndex build(Framework framework, Synonyms synonyms) {
        Analyzer nameAnalyzer = IndexSchema.nameAnalyzer();
        Analyzer perField = new PerFieldAnalyzerWrapper(
                nameAnalyzer, Map.of(IndexSchema.STATEMENT_TEXT, IndexSchema.statementAnalyzer()));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, List<NameScorer.Name>> names = new LinkedHashMap<>();
        int statements = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (Family family : framework.families()) {
                addName(writer, names, nameAnalyzer, EntityType.FAMILY, family.name());
                for (Role role : family.roles()) {
                    addName(writer, names, nameAnalyzer, EntityType.ROLE, role.name());
                    for (RoleLevel level : role.levels()) {
                        addName(writer, names, nameAnalyzer, EntityType.LEVEL, level.name());
                        statements += addStatements(writer, level);
                    }
                }
            }
            for (Skill skill : framework.skills()) {
                addName(writer, names, nameAnalyzer, EntityType.SKILL, skill.name());
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            return new FrameworkIndex(framework, new IndexSearcher(reader), synonyms, Map.copyOf(names), statements);
        } catch (IOException e) {
            // The index lives in memory: an I/O failure here is a bug, not a data problem.
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    private static void addName(
            IndexWriter writer, Map<String, List<NameScorer.Name>> names, Analyzer analyzer, EntityType type, String name)
            throws IOException {
        String key = key(type, name);
        if (names.containsKey(key)) {
            return;
        }
        List<NameScorer.Name> variants = new ArrayList<>();
        variants.add(NameScorer.Name.of(type, name, IndexSchema.terms(analyzer, name), name));
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.TYPE, type.name(), Field.Store.YES));
        doc.add(new StoredField(IndexSchema.NAME, name));
        doc.add(new TextField(IndexSchema.NAME_TEXT, name, Field.Store.NO));
        for (String alias : NameAliases.of(name)) {
            variants.add(NameScorer.Name.of(type, name, IndexSchema.terms(analyzer, alias), alias));
            doc.add(new TextField(IndexSchema.NAME_TEXT, alias, Field.Store.NO));
        }
        names.put(key, List.copyOf(variants));
        writer.addDocument(doc);
    }

    private static int addStatements(IndexWriter writer, RoleLevel level) throws IOException {
        int count = 0;
        if (!level.description().isEmpty()) {
            writer.addDocument(statement(level.description(), level, Optional.empty(), StatementSource.LEVEL_DESCRIPTION));
            count++;
        }
        for (String responsibility : level.responsibilities()) {
            writer.addDocument(statement(responsibility, level, Optional.empty(), StatementSource.RESPONSIBILITY));
            count++;
        }
        for (SkillRequirement requirement : level.skills()) {
            for (String expectation : requirement.expectations()) {
                writer.addDocument(statement(
                        expectation, level, Optional.of(requirement.skill()), StatementSource.SKILL_EXPECTATION));
                count++;
            }
        }
        return count;
    }

    private static Document statement(String text, RoleLevel level, Optional<String> skill, StatementSource source) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.TYPE, IndexSchema.STATEMENT, Field.Store.NO));
        doc.add(new TextField(IndexSchema.STATEMENT_TEXT, text, Field.Store.YES));
        doc.add(new StoredField(IndexSchema.LEVEL, level.name()));
        skill.ifPresent(name -> doc.add(new StoredField(IndexSchema.SKILL, name)));
        doc.add(new StoredField(IndexSchema.SOURCE, source.name()));
        return doc;
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

    private List<NameMatch> match(String phrase, Set<EntityType> types, int limit, boolean lastWordIsPrefix) {
        List<List<String>> readings = readings(phrase);
        if (readings.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        Map<String, NameMatch> best = new HashMap<>();
        for (NameScorer.Name name : candidates(readings, types, lastWordIsPrefix)) {
            for (List<String> reading : readings) {
                NameScorer.Score score = NameScorer.score(reading, name, lastWordIsPrefix);
                String key = key(name.type(), name.name());
                NameMatch known = best.get(key);
                if (score.value() > 0 && (known == null || known.score() < score.value())) {
                    best.put(key, new NameMatch(name.type(), name.name(), score.value(), score.exact(), score.phraseCoverage()));
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

    private Collection<NameScorer.Name> candidates(List<List<String>> readings, Set<EntityType> types, boolean prefix) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (List<String> reading : readings) {
            for (int i = 0; i < reading.size(); i++) {
                String word = reading.get(i);
                if (!seen.add(word + (prefix && i == reading.size() - 1))) {
                    continue;
                }
                words.add(new TermQuery(new Term(IndexSchema.NAME_TEXT, word)), Occur.SHOULD);
                if (prefix && i == reading.size() - 1 && word.length() >= 2) {
                    words.add(new PrefixQuery(new Term(IndexSchema.NAME_TEXT, word)), Occur.SHOULD);
                }
                int edits = NameScorer.allowedEdits(word);
                if (edits > 0 && !nameVocabulary.contains(word)) {
                    int prefixLength = word.length() <= 4 ? 1 : 0;
                    words.add(new FuzzyQuery(new Term(IndexSchema.NAME_TEXT, word), edits, prefixLength, 50, true), Occur.SHOULD);
                }
            }
        }
        BooleanQuery.Builder typeFilter = new BooleanQuery.Builder();
        types.forEach(type -> typeFilter.add(new TermQuery(new Term(IndexSchema.TYPE, type.name())), Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(typeFilter.build(), Occur.FILTER)
                .build();
        List<NameScorer.Name> found = new ArrayList<>();
        try {
            for (ScoreDoc hit : searcher.search(query, NAME_CANDIDATES).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                found.addAll(names.getOrDefault(doc.get(IndexSchema.TYPE) + "\u0000" + doc.get(IndexSchema.NAME), List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double needed = weights.size() == 1 ? 1.0 : weights.size() == 2 ? 0.6 : 0.45;
        List<StatementMatch> matches = new ArrayList<>();
        Set<String> seenTexts = new HashSet<>();
        try {
            for (ScoreDoc hit : searcher.search(query, Math.max(limit * 8, 40)).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                String statement = doc.get(IndexSchema.STATEMENT_TEXT);
                String level = doc.get(IndexSchema.LEVEL);
                if (!seenTexts.add(level + "\u0000" + statement)) {
                    continue;
                }
                Highlight highlight = highlight(statement, weights.keySet());
                double coverage = highlight.terms().stream().mapToDouble(weights::get).sum() / total;
                if (coverage + 1e-9 < needed) {
                    continue;
                }
                matches.add(new StatementMatch(
                        statement,
                        level,
                        Optional.ofNullable(doc.get(IndexSchema.SKILL)),
                        StatementSource.valueOf(doc.get(IndexSchema.SOURCE)),
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

    /** BM25's inverse document frequency of a statement term; a term no statement has is rarest. */
    private double rarity(String term) {
        try {
            int withTerm = searcher.getIndexReader().docFreq(new Term(IndexSchema.STATEMENT_TEXT, term));
            return Math.log(1 + (statementCount - withTerm + 0.5) / (withTerm + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Highlight(List<String> words, Set<String> terms) {}

    /** The statement's words whose stems were asked for, as written in the statement. */
    private Highlight highlight(String statement, Set<String> wanted) {
        List<String> words = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        try (TokenStream stream = statementAnalyzer.tokenStream(IndexSchema.STATEMENT_TEXT, statement)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                if (wanted.contains(stem)) {
                    terms.add(stem);
                    String word = statement.substring(offset.startOffset(), offset.endOffset());
                    if (!words.contains(word)) {
                        words.add(word);
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** The first {@code count} words, and at most 24 characters a word, of a text. */
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
