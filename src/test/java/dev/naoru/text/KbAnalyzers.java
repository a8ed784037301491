package dev.naoru.text;

import dev.naoru.kb.KbLoader;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.SourceFiles;

import java.nio.file.Path;
import java.util.List;

/** The shipped KB (kb/ of the project, the working folder under surefire), loaded once per JVM without rules. */
final class KbAnalyzers {
    private static KnowledgeBase kb;
    private static TextAnalyzer analyzer;

    private KbAnalyzers() {
    }

    static synchronized KnowledgeBase kb() {
        if (kb == null) kb = KbLoader.load(SourceFiles.read(Path.of("kb"), "kb"));
        return kb;
    }

    static synchronized TextAnalyzer analyzer() {
        if (analyzer == null) analyzer = TextAnalyzer.build(kb());
        return analyzer;
    }

    static List<String> terms(TextAnalyzer a, String text) {
        return a.analyze(text).tokens().stream().map(Token::term).toList();
    }

    /** term/surface pairs: what segmentation and mapping did. */
    static List<String> segmentation(TextAnalyzer a, String text) {
        return a.analyze(text).tokens().stream().map(t -> t.term() + "/" + t.surface()).toList();
    }
}
