package dev.naoru.match;

import dev.naoru.kb.Discourse;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One sender named by company, school or person, whose mail does not arrive: 「銀行からの通知メールが届かない」,
 * 「田中さんからのメールが来ません」, 「ヨドバシの発送通知が来ない」. In a clause whose arrival is negated (kb/discourse.yaml
 * {@code arrival_words} + ない), either a word before から that is no device, connection or time ({@code not_senders},
 * digits) followed by a kind of message ({@code sender_mail_words}: メール, 通知, お知らせ…), or a kind of mail only one
 * sender sends ({@code mail_genres}: 発送, 注文, 明細…), or a sender named by itself ({@code sender_names}: amazon, 楽天,
 * 銀行, 学校) a few words before だけ (「amazonのやつだけ来ない」「学校のメールだけ届かない」) states {@code specific-sender}. 「昨日からメールが届かない」 and
 * 「iPhoneから送ったメールが届かない」 do not (a time, a device, a send word after から).
 */
final class NamedSender {
    static final String CONTEXT = "specific-sender";
    private static final String FROM = "から";
    private static final String ONLY = "だけ";
    /** Words between a sender's name and だけ (「amazon やつ だけ」「学校 一斉 連絡 メール だけ」). */
    private static final int ONLY_REACH = 3;
    /** The junk folder (its canonical term after kb/synonyms.yaml: スパム, ジャンク…). */
    private static final Set<String> JUNK = Set.of(FoundNowhere.PLACE);

    private final Set<String> mailWords;
    private final Set<String> genres;
    private final Set<String> notSenders;
    private final Set<String> arrival;
    private final Set<String> sendWords;
    private final Set<String> names;

    NamedSender(Discourse d) {
        this.mailWords = Set.copyOf(d.senderMailWords());
        this.genres = Set.copyOf(d.mailGenres());
        this.notSenders = Set.copyOf(d.notSenders());
        this.arrival = Set.copyOf(d.arrivalWords());
        this.sendWords = Set.copyOf(d.sendWords());
        this.names = Set.copyOf(d.senderNames());
    }

    /**
     * A mail genre among {@code words}, stated in clause {@code clause}: one word, or two written as one (登録完了: 登録 + 完了),
     * not the words apart (「登録したのに…完了」).
     */
    private Optional<Statement> genre(List<Token> words, int clause) {
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (genres.contains(t.term())) return Optional.of(new Statement(CONTEXT, clause, List.of(t.surface())));
            Token next = i + 1 < words.size() ? words.get(i + 1) : null;
            if (next != null && next.start() == t.end() && genres.contains(t.term() + next.term())) {
                return Optional.of(new Statement(CONTEXT, clause, List.of(t.surface() + next.surface())));
            }
        }
        return Optional.empty();
    }

    /** The specific-sender statement, with the words that name the sender, when the text names one whose mail does not arrive. */
    Optional<Statement> find(Analysis a) {
        for (int c = 0; c < a.clauseCount(); c++) {
            List<Token> clause = a.clause(c);
            boolean arrives = Token.anyTerm(clause, arrival);
            boolean missing = arrives && Token.anyNegation(clause);
            // 「メルカリからのメールが毎回迷惑メールフォルダに入っちゃう」: what the junk filter takes is missing from the inbox too.
            boolean junked = arrives && !missing && Token.anyTerm(clause, JUNK);
            if (!missing && !junked || Token.anyTerm(clause, sendWords)) continue;
            for (int i = 1; i < clause.size(); i++) {
                if (!clause.get(i).term().equals(FROM)) continue;
                Token sender = clause.get(i - 1);
                if (notSenders.contains(sender.term()) || sender.term().chars().allMatch(Character::isDigit)) continue;
                for (int k = i + 1; k < clause.size(); k++) {
                    if (mailWords.contains(clause.get(k).term())) return Optional.of(new Statement(CONTEXT, c, List.of(sender.surface(), FROM, clause.get(k).surface())));
                }
            }
            // 「子どもの小学校の連絡網メールが、私のiCloudのアドレスにだけ届かなくなりました」: the mail, a subject cut off by a
            // comma, is the clause before; it ends on a mail word and says nothing else (no negation).
            List<Token> subject = c > 0 ? a.clause(c - 1) : List.of();
            boolean cutSubject = !subject.isEmpty() && !Token.anyNegation(subject) && mailWords.contains(subject.get(subject.size() - 1).term())
                    && a.sameSentence(subject.get(subject.size() - 1).end(), clause.get(0).start());
            Optional<Statement> genre = genre(clause, c);
            if (genre.isEmpty() && cutSubject) genre = genre(subject, c);
            if (genre.isPresent()) return genre;
            for (int i = 0; i < clause.size(); i++) {
                if (!names.contains(clause.get(i).term())) continue;
                for (int k = i + 1; k < clause.size() && k <= i + 1 + ONLY_REACH; k++) {
                    if (clause.get(k).term().equals(ONLY)) return Optional.of(new Statement(CONTEXT, c, List.of(clause.get(i).surface(), ONLY)));
                }
            }
        }
        return Optional.empty();
    }
}
