package org.skillsguide.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.skillsguide.answer.AnswerKind;
import org.skillsguide.framework.Framework;

/**
 * The yardstick: plain Lucene BM25 over the same framework, with none of the engine's knowledge.
 * One document per family, role, role level and skill holding its name and description, analysed
 * with {@link EnglishAnalyzer} (its stop words and Porter stemming as they come); the raw question
 * becomes a disjunction of its terms with {@link QueryBuilder}: no intent parsing, no synonyms, no
 * fuzziness. The top document is the answer; no hit at all is "no_match".
 *
 * <p>Its field names are its own: this index has nothing to do with the engine's schema.
 */
final class Bm25Baseline implements AutoCloseable {

    private static final String TYPE = "type";
    private static final String NAME = "name";
    private static final String TEXT = "text";
    private static final int RANKED = 10;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private Bm25Baseline(Framework framework) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            framework.families().forEach(family -> add(writer, AnswerKind.FAMILY, family.name(), ""));
            framework.roles().forEach(role -> add(writer, AnswerKind.ROLE, role.name(), role.description()));
            framework.levels().forEach(level -> add(writer, AnswerKind.ROLE_LEVEL, level.name(), level.description()));
            framework.skills().forEach(skill -> add(writer, AnswerKind.SKILL, skill.name(), skill.description()));
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader); // BM25Similarity is Lucene's default
    }

    static Bm25Baseline over(Framework framework) {
        try {
            return new Bm25Baseline(framework);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the BM25 baseline index", e);
        }
    }

    int documentCount() {
        return reader.numDocs();
    }

    /** The top document's kind and name, with the next ones ranked behind it. */
    Prediction predict(String question) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(TEXT, question);
        if (query == null) {
            return Prediction.nothing(AnswerKind.NO_MATCH); // nothing left after analysis: only stop words or punctuation
        }
        try {
            ScoreDoc[] hits = searcher.search(query, RANKED).scoreDocs;
            if (hits.length == 0) {
                return Prediction.nothing(AnswerKind.NO_MATCH);
            }
            List<List<String>> ranked = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                ranked.add(List.of(searcher.storedFields().document(hit.doc).get(NAME)));
            }
            Document top = searcher.storedFields().document(hits[0].doc);
            return new Prediction(top.get(TYPE), List.of(top.get(NAME)), ranked);
        } catch (IOException e) {
            throw new UncheckedIOException("baseline search failed for: " + question, e);
        }
    }

    private static void add(IndexWriter writer, AnswerKind kind, String name, String description) {
        Document document = new Document();
        document.add(new StringField(TYPE, kind.wireName(), Field.Store.YES));
        document.add(new StoredField(NAME, name));
        document.add(new TextField(TEXT, name + "\n" + description, Field.Store.NO));
        try {
            writer.addDocument(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            analyzer.close();
        }
    }
}
