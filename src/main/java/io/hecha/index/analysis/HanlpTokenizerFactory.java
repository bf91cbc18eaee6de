package io.hecha.index.analysis;

import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Makes {@link HanlpTokenizer}s for Solr (and Lucene's {@code CustomAnalyzer}), by the name
 * {@value #NAME}: {@code <tokenizer name="hecha" mode="index|query" dictionary="words.txt"/>}.
 * {@code mode} defaults to {@code index}; {@code dictionary} names a word list in the configset,
 * else the list packaged with the analyzer ({@code mappings/search-words.txt}) is used.
 */
public final class HanlpTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {
    /** The SPI name. */
    public static final String NAME = "hecha";

    private final boolean indexMode;
    private final String dictionary;
    private volatile WordList words;

    /** Creates the factory from the field type's arguments. */
    public HanlpTokenizerFactory(Map<String, String> args) {
        super(args);
        String mode = get(args, "mode", java.util.List.of("index", "query"), "index");
        this.indexMode = "index".equals(mode);
        this.dictionary = get(args, "dictionary");
        if (!args.isEmpty()) throw new IllegalArgumentException("unknown parameters: " + args);
    }

    /** Default constructor for the service loader (unused). */
    public HanlpTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (dictionary == null) {
            words = WordList.standard();
        } else {
            try (InputStream in = loader.openResource(dictionary)) {
                words = WordList.read(in, dictionary);
            }
        }
    }

    @Override
    public HanlpTokenizer create(AttributeFactory factory) {
        WordList w = words;
        if (w == null) {
            w = WordList.standard();
            words = w;
        }
        return new HanlpTokenizer(factory, w, indexMode);
    }
}
