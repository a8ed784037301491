package dev.naoru.match;

import dev.naoru.kb.Discourse;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a message the user received, quoted: 「「Apple IDがロックされました。…」というメールが来ました」. A quote (「」
 * 『』 “” "") followed by a link (kb/discourse.yaml {@code quote_links}: という, って…), a message word ({@code message_words}:
 * メール, SMS) and an arrival word ({@code arrival_words}) not negated is what that message says, not what the user sees: a
 * symptom or context read inside it is no statement. A message that claims one (a lock, full storage, a payment) is the
 * suspicious message the user is asking about ({@code suspicious-message}). 「「パスワード再設定」というメールが来ない」 (the
 * arrival negated) is a mail that did not come, no quote of one. Immutable, one per KB.
 */
final class ReceivedMessage {
    static final String CONTEXT = "suspicious-message";
    /** The symptom of the user's own sender address, which the sender of a quoted message is not. */
    static final String OWN_SENDER = "wrong-sender-address";
    private static final String OPENS = "「『“\"";
    private static final String CLOSES = "」』”\"";

    /** A quoted message: the quote's span [start, end) of the normalized text, and its message and arrival words. */
    record Quote(int start, int end, Token message, Token arrival) {
        boolean covers(List<Token> words) {
            for (Token t : words) if (t.start() < start || t.end() > end) return false;
            return true;
        }
    }

    private final List<String> links;
    private final Set<String> messages;
    private final Set<String> arrival;
    private final Set<String> sending;

    ReceivedMessage(Discourse d) {
        // Longest first: という before と.
        List<String> l = new ArrayList<>(d.quoteLinks());
        l.sort((x, y) -> y.length() - x.length());
        this.links = List.copyOf(l);
        this.messages = Set.copyOf(d.messageWords());
        this.arrival = Set.copyOf(d.arrivalWords());
        this.sending = Set.copyOf(d.sendWords());
    }

    /**
     * Whether a sender address read after a quoted message is that message's sender (「差出人は apple-support-jp@… みたいな
     * アドレスでした」): a later clause with no word of sending ({@code send_words}) speaks of the message, not of the user's mail.
     */
    boolean messageSender(Analysis a, Quote q, FactMatch sender) {
        return sender.clause() > q.message().clause() && !Token.anyTerm(a.clause(sender.clause()), sending);
    }

    /** The quotes of received messages in the text, in order; empty when there is none (most texts: no quote mark). */
    List<Quote> find(Analysis a) {
        String text = a.normalized();
        List<Quote> out = List.of();
        for (int i = 0; i < text.length(); i++) {
            int kind = OPENS.indexOf(text.charAt(i));
            if (kind < 0) continue;
            int close = text.indexOf(CLOSES.charAt(kind), i + 1);
            if (close < 0) break;
            Optional<Quote> q = quoteOf(a, i + 1, close);
            if (q.isPresent()) {
                if (out.isEmpty()) out = new ArrayList<>(2);
                out.add(q.get());
            }
            i = close;
        }
        return out;
    }

    /** The quote from {@code start} to {@code close} as a received message, when a link, a message word and its arrival follow. */
    private Optional<Quote> quoteOf(Analysis a, int start, int close) {
        String text = a.normalized();
        int after = close + 1;
        String link = null;
        for (String l : links) {
            if (text.startsWith(l, after)) {
                link = l;
                break;
            }
        }
        if (link == null) return Optional.empty();
        int from = after + link.length();
        List<Token> tokens = a.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() < from) continue;
            // The message word right after the link or one word on (「というメール」「ってsms」「との通知メール」), then its
            // arrival within two words.
            if (tokens.get(k).start() > from + 1) return Optional.empty();
            if (!messages.contains(tokens.get(k).term())) {
                // A word written onto the message word (通知メール), not one before it (「アカウントエラー」と表示されメールが…).
                if (k + 1 >= tokens.size() || tokens.get(k + 1).start() != tokens.get(k).end()) return Optional.empty();
                k++;
            }
            Token m = tokens.get(k);
            if (!messages.contains(m.term())) return Optional.empty();
            for (int j = k + 1; j < tokens.size() && j <= k + 3 && tokens.get(j).clause() == m.clause(); j++) {
                Token t = tokens.get(j);
                if (!arrival.contains(t.term())) continue;
                boolean denied = j + 1 < tokens.size() && tokens.get(j + 1).isNegation() && tokens.get(j + 1).clause() == m.clause();
                return denied ? Optional.empty() : Optional.of(new Quote(start, close, m, t));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The quote of a received message that holds all of {@code words}, if any. */
    static Optional<Quote> holding(List<Quote> quotes, List<Token> words) {
        for (Quote q : quotes) if (q.covers(words)) return Optional.of(q);
        return Optional.empty();
    }
}
