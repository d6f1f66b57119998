package org.skillsguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one owner of the index's field names and analyzers. Nobody else spells a field name.
 *
 * <p>Names and statements are analysed differently on purpose: names keep every word ("Head of
 * IT service management" must keep "of" and "it", which English stop lists drop) and only fold
 * plurals, so "manager" never meets "management"; statements are prose, so they are stemmed with
 * Porter to let "leads" find "lead" (KStem's dictionary keeps "leads" and "resources" whole).
 */
public final class IndexSchema {

    /** Which of the index's own records a document is: hits are read from memory, not stored fields. */
    public static final String ORDINAL = "ordinal";

    /** The name, analysed for matching: no stop words, plural folding only. */
    public static final String NAME_TEXT = "name_text";

    /** A statement's words, stemmed; the free-text search runs here. */
    public static final String STATEMENT_TEXT = "statement_text";

    private IndexSchema() {}

    /** Index-time analyzer of names: words kept, case and accents folded, plurals folded. */
    public static Analyzer nameAnalyzer() {
        return chain(EnglishMinimalStemFilter::new, Optional.empty());
    }

    /** Query-time analyzer of names: as {@link #nameAnalyzer()}, with acronyms and synonyms expanded. */
    public static Analyzer nameQueryAnalyzer(SynonymMap synonyms) {
        return chain(EnglishMinimalStemFilter::new, Optional.of(synonyms));
    }

    /** Index-time analyzer of statements: prose, stemmed with Porter. */
    public static Analyzer statementAnalyzer() {
        return chain(PorterStemFilter::new, Optional.empty());
    }

    /** Query-time analyzer of statements, with synonyms expanded before stemming. */
    public static Analyzer statementQueryAnalyzer(SynonymMap synonyms) {
        return chain(PorterStemFilter::new, Optional.of(synonyms));
    }

    /**
     * Standard words, lower-cased and accent-folded, then synonyms (query time only: at index time
     * a synonym graph would need flattening and break phrases), then the stemmer.
     */
    private static Analyzer chain(UnaryOperator<TokenStream> stemmer, Optional<SynonymMap> synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                if (synonyms.isPresent() && synonyms.get().fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms.get(), true);
                }
                return new TokenStreamComponents(source, stemmer.apply(stream));
            }
        };
    }

    /** Analyzer the synonym file's entries are read with: the names' chain before stemming. */
    static Analyzer synonymEntryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    /** The terms an analyzer makes of a text, in order (synonym graphs flattened: use with plain chains). */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of an in-memory string does no I/O; a failure here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
