package dev.naoru.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

@DisplayName("TextAnalyzer (KB dictionary, synonyms and MeaningFilter)")
class TextAnalyzerTest {
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = KbAnalyzers.analyzer();
    }

    private static List<String> terms(String text) {
        return KbAnalyzers.terms(analyzer, text);
    }

    private static List<List<String>> clauses(String text) {
        Analysis a = analyzer.analyze(text);
        return IntStream.range(0, a.clauseCount()).mapToObj(i -> a.clause(i).stream().map(Token::term).toList()).toList();
    }

    @Nested
    @DisplayName("できる + negation")
    class Negation {
        @ParameterizedTest(name = "「{0}」 → [取得, できる, ない]")
        @ValueSource(strings = {"取得出来ない", "取得できません", "取得できない", "取得できへん", "取得できん", "取得出来ません", "取得でけへん"})
        void fetchCannot(String text) {
            assertThat(terms(text)).containsExactly("取得", "できる", "ない");
        }

        @ParameterizedTest(name = "「{0}」 → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                受信できへん   | 受信,できる,ない
                ログインできん | サインイン,できる,ない
                でけへん       | できる,ない
                できひん       | できる,ない
                できんかった   | できる,ない
                送れん         | 送る,ない
                """)
        void dialectKeepsNegation(String text, String expected) {
            assertThat(terms(text)).startsWith(expected.split(","));
        }

        @ParameterizedTest(name = "「{0}」: negator 「{1}」 becomes ない")
        @CsvSource(delimiter = '|', textBlock = """
                取得できません       | ん
                受信できへん         | へん
                ログインできん       | ん
                でけへん             | へん
                迷惑メールにも無い   | 無い
                返信なし             | なし
                メールが届かない     | ない
                メールが届かず       | ず
                メールが来ねえ       | ねえ
                受信できひん         | ひん
                """)
        void negatorBecomesNegationToken(String text, String surface) {
            List<Token> tokens = analyzer.analyze(text).tokens();
            assertThat(tokens).filteredOn(Token::isNegation).extracting(Token::surface).containsExactly(surface);
            assertThat(tokens.get(tokens.size() - 1).term()).isEqualTo(Token.NEGATION);
        }

        @ParameterizedTest(name = "「{0}」 has no negation")
        @DisplayName("the ん of 読んだ / 選んで (撥音便) is no negation")
        @ValueSource(strings = {"メールを読んだ", "アプリを選んだ", "パスワードを打ち込んだ", "メールを読んで確認した"})
        void hatsuonbinIsNoNegation(String text) {
            assertThat(analyzer.analyze(text).tokens()).noneMatch(Token::isNegation);
        }

        @ParameterizedTest(name = "「{0}」 keeps its negation")
        @DisplayName("「届かん」 at the end of a sentence keeps the negation")
        @ValueSource(strings = {"届かん", "メールが届かん", "全然届かん"})
        void todokanAtSentenceEnd(String text) {
            assertThat(terms(text)).containsSubsequence("届く", Token.NEGATION);
        }

        @ParameterizedTest(name = "「{0}」 keeps its negation")
        @DisplayName("Kansai negative + ねん keeps the negation")
        @ValueSource(strings = {"届かんねん", "なんで届かんねん", "メールが届かんねん"})
        void kansaiNegativeNen(String text) {
            assertThat(terms(text)).containsSubsequence("届く", Token.NEGATION);
        }

        @ParameterizedTest(name = "「{0}」 has no negation")
        @DisplayName("ん / ません that negate nothing are no negation")
        @ValueSource(strings = {"メールは届いているんですが", "すみません、メールが届きます", "なんでメールが届く", "受信できる"})
        void notANegation(String text) {
            assertThat(analyzer.analyze(text).tokens()).noneMatch(Token::isNegation);
        }
    }

    @Nested
    @DisplayName("clause boundaries")
    class Clauses {
        @ParameterizedTest(name = "「{0}」 → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                受信できる、送信できない            | 受信 できる / 送る できる ない
                受信できる。送信できない            | 受信 できる / 送る できる ない
                取得できないけど受信はできる        | 取得 できる ない / 受信 できる
                届かないのに困る                    | 届く ない / 困る
                iPadは普通に見れるのにiPhoneだけ    | 端末 普通 見る / 端末 だけ
                メールが来ないから困る              | メール 届く ない / 困る
                再起動したら直った                  | 再 起動 / 直る
                受信できる!送信できない             | 受信 できる / 送る できる ない
                受信できる？送信できない            | 受信 できる / 送る できる ない
                """)
        void splitAt(String text, String expected) {
            assertThat(clauses(text)).isEqualTo(parseClauses(expected));
        }

        @Test
        @DisplayName("のに after a past-tense verb splits too: 「送ったのに届かない」「読んだのに届かない」")
        void noniAfterPastTense() {
            assertThat(clauses("送ったのに届かない")).isEqualTo(parseClauses("送る / 届く ない"));
            assertThat(analyzer.analyze("読んだのに届かない").clauseCount()).isEqualTo(2);
        }

        @Test
        @DisplayName("から as 'from' (昨日から) is a kept particle, not a boundary")
        void karaFrom() {
            assertThat(clauses("昨日から届かない")).isEqualTo(parseClauses("昨日 から 届く ない"));
        }

        @Test
        @DisplayName("repeated and leading punctuation make no empty clause")
        void noEmptyClauses() {
            Analysis a = analyzer.analyze("。、受信できる、、。！送信できない。。");
            assertThat(a.clauseCount()).isEqualTo(2);
            assertThat(a.clause(0)).isNotEmpty();
            assertThat(a.clause(1)).isNotEmpty();
        }

        private static List<List<String>> parseClauses(String s) {
            return Arrays.stream(s.split("/")).map(c -> Arrays.asList(c.strip().split(" +"))).toList();
        }
    }

    @Nested
    @DisplayName("particles")
    class Particles {
        @ParameterizedTest(name = "「{0}」 → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                メールが届かない              | メール,届く,ない
                iPhoneでメールをiCloudに      | 端末,メール,icloud
                メールは届く                  | メール,届く
                iPhoneのメール                | 端末,メール
                iPadも届かない                | 端末,も,届く,ない
                迷惑メールにも無い            | 迷惑メール,も,ない
                iPhoneだけ届かない            | 端末,だけ,届く,ない
                iPhoneしか届かない            | 端末,しか,届く,ない
                """)
        void droppedButMoDakeKept(String text, String expected) {
            assertThat(terms(text)).containsExactly(expected.split(","));
        }
    }

    @Nested
    @DisplayName("analysis structure")
    class Structure {
        @Test
        @DisplayName("null and empty text give an empty analysis")
        void emptyInputs() {
            for (String s : new String[]{null, "", " ", "\u3000", "。、！"}) {
                Analysis a = analyzer.analyze(s);
                assertThat(a.tokens()).as("tokens of %s", s).isEmpty();
                assertThat(a.clauseCount()).as("clauses of %s", s).isZero();
            }
            assertThat(analyzer.analyze(null).original()).isEmpty();
        }

        @Test
        @DisplayName("positions count the meaningful tokens; clause(i) partitions them")
        void positionsAndClauses() {
            Analysis a = analyzer.analyze("iPhoneでメールを取得できません。Macは大丈夫だけど、パスワードを変えた");
            assertThat(a.original()).startsWith("iPhone");
            assertThat(a.normalized()).startsWith("iphone");
            assertWellFormed(a);
            assertThat(a.clauseCount()).isEqualTo(3);
        }

        @Test
        @DisplayName("offsets point at the words in the normalized text")
        void offsets() {
            Analysis a = analyzer.analyze("ｱｲﾌｫﾝでﾒｰﾙを取得できません");
            assertThat(a.normalized()).isEqualTo("アイフォンでメールを取得できません");
            assertThat(a.tokens()).extracting(Token::surface).containsExactly("アイフォン", "メール", "取得", "でき", "ん");
            Token fetch = a.tokens().get(2);
            assertThat(a.normalized().substring(fetch.start(), fetch.end())).isEqualTo("取得");
        }
    }

    @Test
    @DisplayName("2,000 random strings (mixed scripts, emoji, control chars, lone surrogates, up to 2,000 chars): never throws, offsets inside the normalized text")
    void randomInput() {
        long seed = 20240601L;
        Random rnd = new Random(seed);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String s = RandomText.next(rnd);
            try {
                assertWellFormed(analyzer.analyze(s));
            } catch (Throwable t) {
                failures.add("#" + i + " " + RandomText.escape(s) + ": " + t);
                if (failures.size() > 5) break;
            }
        }
        if (!failures.isEmpty()) fail("seed " + seed + ":\n" + String.join("\n", failures));
    }

    @Test
    @DisplayName("analyze is safe from several threads at once")
    void concurrent() throws Exception {
        List<String> texts = List.of("iPhoneでメールを取得できません", "VPNは使っていません", "迷惑メールにも無い", "でけへん",
                "ｱｲｸﾗｳﾄﾞのﾊﾟｽﾜｰﾄﾞを変えたら受信できへん", "Galaxyで送信できない、けど受信はできる");
        List<List<String>> expected = texts.stream().map(t -> KbAnalyzers.segmentation(analyzer, t)).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> fs = new ArrayList<>();
            for (int th = 0; th < 8; th++) {
                fs.add(pool.submit(() -> {
                    for (int k = 0; k < 300; k++) {
                        int i = k % texts.size();
                        if (!KbAnalyzers.segmentation(analyzer, texts.get(i)).equals(expected.get(i))) return false;
                    }
                    return true;
                }));
            }
            for (var f : fs) assertThat(f.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertWellFormed(Analysis a) {
        String n = a.normalized();
        List<Token> ts = a.tokens();
        int lastClause = 0;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            assertThat(t.position()).isEqualTo(i);
            assertThat(t.start()).isBetween(0, n.length());
            assertThat(t.end()).isBetween(t.start(), n.length());
            assertThat(t.surface()).isEqualTo(n.substring(t.start(), t.end()));
            assertThat(t.term()).isNotEmpty().isNotEqualTo(MeaningFilter.BOUNDARY);
            assertThat(t.clause()).isBetween(lastClause, lastClause + 1);
            lastClause = t.clause();
        }
        assertThat(a.clauseCount()).isEqualTo(ts.isEmpty() ? 0 : lastClause + 1);
        for (int c = 0; c < a.clauseCount(); c++) assertThat(a.clause(c)).as("clause %d", c).isNotEmpty();
    }
}
