package dev.naoru.text;

import org.apache.lucene.analysis.ja.dict.CharacterDefinition;
import org.apache.lucene.analysis.ja.dict.ConnectionCosts;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.UnknownDictionary;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads Kuromoji's system dictionaries on a background thread while the command line is still being
 * parsed and the KB's YAML read. They are JVM-wide singletons that cost about a quarter of a start
 * (the token-info FST and the connection-cost matrix); the first {@link TextAnalyzer} would otherwise
 * read them on the main thread. A tokenizer built while the load is under way waits on the class
 * initialisation the JVM already serialises, so this changes when the work happens, never its result.
 */
public final class DictionaryPreload {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private DictionaryPreload() {
    }

    /** Starts the load once per JVM; later calls do nothing. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(DictionaryPreload::load, "naoru-dictionary-preload");
        t.setDaemon(true);
        t.start();
    }

    private static void load() {
        try {
            // The largest first: the tokenizer needs all four, and the main thread may join in on the rest.
            TokenInfoDictionary.getInstance();
            ConnectionCosts.getInstance();
            UnknownDictionary.getInstance();
            CharacterDefinition.getInstance();
        } catch (RuntimeException | LinkageError e) {
            // The analyzer loads them again on first use and reports a real failure there.
        }
    }
}
