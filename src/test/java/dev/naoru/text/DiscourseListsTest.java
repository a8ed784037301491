package dev.naoru.text;

import dev.naoru.kb.Discourse;
import dev.naoru.kb.KnowledgeBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per entry of the token lists of kb/discourse.yaml: without the entry, at least one sentence
 * of a fixed corpus of user-style messages is cut or read differently (clause count, terms or
 * negation). An entry that changes nothing is dead and fails here.
 */
class DiscourseListsTest {
    /** User-style sentences; each list entry must matter for at least one of them. */
    private static final List<String> CORPUS = List.of(
            "送信はできるけど受信できない", "送れるけれど受信できない", "送れるけれども受信できない", "送れますが受信できません",
            "パスワード変えたのにメール来ない", "設定を変えたので受信できない", "機種変したからメールが来ない",
            "Wi-Fiにしたら受信できない", "Wi-Fiにつないだら受信できない", "モバイルにすればメールが来る", "Wi-Fiにすると受信できない",
            "歩きながら受信できない", "VPNも使ってないしメールも来ない", "Wi-Fiだと受信できない", "Macならメールが来る",
            "Wi-Fiで読んだら受信できない",
            "VPNは設定している", "iPhoneにメールがある", "メールがエラーになる", "会社でメールを使っております",
            "パスワードを変えられる", "パスワードを変えさせる", "送信できなくなっちゃう", "メールが消えてしまう",
            "VPNを使ってる", "メールが消えてる", "iPhoneも受信できない", "iPhoneだけ受信できない", "iPhoneでしか見れない",
            "Amazonからのメールが来ない", "迷惑メールは未確認です", "PCでもスマホでも受信できない", "二人とも受信できない",
            "VPNを読んでる", "Macで開くとエラーが出る", "子供がいる", "家におる", "言われる", "書かせる", "消してしまう", "使ってる",
            "読んでる", "メールを読んでる", "ずっと家にいる", "機種変もしてません");

    record Case(String list, String entry, UnaryOperator<Discourse> without) {
        @Override
        public String toString() {
            return "kb/discourse.yaml " + list + ": " + entry;
        }
    }

    /** Every entry of the token lists, removed from all of them (けど is both a particle and a surface). */
    static Stream<Case> entries() {
        Discourse d = KbAnalyzers.kb().discourse();
        List<Case> out = new ArrayList<>();
        add(out, "boundary_particles", d.boundaryParticles());
        add(out, "boundary_surfaces", d.boundarySurfaces());
        add(out, "light_verbs", d.lightVerbs());
        add(out, "kept_particles", d.keptParticles());
        add(out, "negating_prefixes", d.negatingPrefixes());
        add(out, "also_particles", d.alsoParticles());
        return out.stream();
    }

    private static void add(List<Case> out, String list, List<String> entries) {
        for (String e : entries) {
            out.add(new Case(list, e, x -> new Discourse(minus(x.boundaryParticles(), e), minus(x.boundarySurfaces(), e),
                    minus(x.lightVerbs(), e), minus(x.keptParticles(), e), minus(x.negatingPrefixes(), e), minus(x.alsoParticles(), e),
                    x.corrections(), x.contrasts(), x.history(), x.now(), x.elsewhere())));
        }
    }

    private static List<String> minus(List<String> l, String e) {
        return l.stream().filter(x -> !x.equals(e)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryChangesSomeReading(Case c) {
        KnowledgeBase kb = KbAnalyzers.kb();
        TextAnalyzer with = TextAnalyzer.build(kb.userDictionary(), List.of(), kb.negation().negators(), kb.discourse());
        TextAnalyzer without = TextAnalyzer.build(kb.userDictionary(), List.of(), kb.negation().negators(), c.without().apply(kb.discourse()));
        boolean differs = CORPUS.stream().anyMatch(s -> !reading(with, s).equals(reading(without, s)));
        assertTrue(differs, c + " changes nothing in the corpus: add a sentence where it matters, or drop the entry");
    }

    private static String reading(TextAnalyzer a, String s) {
        Analysis x = a.analyze(s);
        return x.clauseCount() + ":" + x.tokens().stream().map(t -> t.term() + "@" + t.clause()).toList();
    }
}
