package dev.naoru.kb;

import java.util.List;

/**
 * Language lists of the discourse layer, as written in {@code kb/discourse.yaml} (see its header).
 * Token-level lists (compared with Kuromoji surfaces or base forms) shape clauses; clause-level markers
 * (compared with a clause's normalized text) give a clause its role.
 *
 * @param boundaryParticles conjunctive particles that end a clause (けど, のに, から…)
 * @param boundarySurfaces  auxiliary or particle surfaces that end a clause (たら, なら…)
 * @param lightVerbs        verbs that carry no content (する, いる, ある…)
 * @param keptParticles     particles kept as terms (も "too", だけ/しか "only", から "from")
 * @param negatingPrefixes  prefixes that negate the next word (未確認 = 確認 + ない)
 * @param alsoParticles     particles read as も when Kuromoji keeps them whole (でも, とも)
 * @param corrections       markers of a clause that takes back an earlier statement (間違い, 訂正…)
 * @param contrasts         markers of a guess the next clause overturns (かと思ったら, かと思ったけど…)
 * @param history           markers of a clause about the past, not the trouble now (去年, 以前…)
 * @param now               markers that bring a clause back to the present (今, 今朝, 本題…)
 * @param elsewhere         cues of another place the mail works (ブラウザ, icloud.com…)
 * @param otherDevices      generic words for another device (スマホ, パソコン, 家族の端末…): another place the mail
 *                          works only when a {@code works} word says so in the same clause
 * @param works             terms saying mail works there (見る, 届く, 普通, 大丈夫…)
 * @param networks          terms of a kind of connection (wifi, モバイルデータ…): mail working on one, or the
 *                          trouble only on one (「wifiのときだけ」), denies other-networks-too
 * @param searchVerbs       terms of looking for mail in a place (見る, 探す, 確認…)
 * @param absenceWords      words of a clause that only says nothing is there (そこ, どこ, 見当たる…)
 * @param denials           markers of a short clause that denies the clause before (というわけではない, そういう話ではない)
 * @param anaphors          terms pointing back at what was just named (そういう, そんな): negated, they deny it
 * @param sameWords         terms saying the outcome was the same (同じ, 同様, same): after another device or
 *                          connection named, the trouble is there too
 * @param unchangedWords    terms that, negated, say nothing changed (変化, 変更: 「状況は変わらなかった」)
 * @param outcomeWords      the only other words a same / nothing-changed clause may hold (状況, 症状, 結果…), so
 *                          「同じアカウント」 or 「パスワードは変えてない」 say nothing of the kind
 * @param switchWords       terms of trying another connection (変更, 切り替える, 試す…), with も the sign of a try
 * @param fillerWords       words that may stand before 変わらない without naming a changed thing (何, も, 特に, 全く)
 * @param placePrepositions English prepositions after which a same clause names the place ("same thing on my iPad")
 * @param senderMailWords   kinds of message a named sender sends (メール, 通知, お知らせ…): 「銀行からの通知」
 * @param mailGenres        kinds of mail only one sender sends (発送, 注文, 明細…): 「ヨドバシの発送通知が来ない」
 * @param notSenders        words before から that name no sender: devices, connections, times (端末, 昨日, 前…)
 * @param arrivalWords      terms of mail arriving (届く, 受信), negated in a named sender's clause
 * @param sendWords         terms of the user sending (送る, 送信…): 「iPhoneから送ったメール」 names no sender
 * @param ownedObjects      terms of things an account owns (パスワード): a context about one is not the user's
 *                          iCloud when a foreign account stands right before it
 * @param foreignAccounts   other services' names (gmail, amazon, 楽天…): 「Amazonのパスワードを変えた」 is no password-changed
 * @param hearsay           markers of what the user read or heard elsewhere (って書いてあった): the clause's contexts are not stated
 * @param wholeClauseNegations markers of a list of doings a final negation denies as a whole (たりも…していない)
 * @param notMailContexts   contexts whose negative phrasings speak of something other than mail (no-trusted-device: a
 *                          code): a bare symptom (届かない) read inside one of them is theirs, not missing mail
 * @param topicMarkers      what ends a clause that is a topic (は、): a negative clause right after it, naming no
 *                          fact of its own, denies the topic's contexts (「低電力モードは、一度も使ったことがない」)
 * @param statusPages       the outage status page, each a run of terms (システム 状況, ステータス ページ, status): a
 *                          clause naming one, not negated, then a trouble word in it or the clause after (same sentence)
 * @param statusTroubles    terms of a trouble shown on that page (黄色, 赤い, 問題, 障害, 停止, outage…): not negated,
 *                          they state outage-reported (「システム状況を確認したところ、…「問題が発生しています」と表示」)
 * @param relapseAfter      terms saying the service recovered (復旧, 回復): with the next clause of the same sentence
 * @param relapseMarkers    opening with a word of again (また, 再び)
 * @param relapseTroubles   and holding a word of going down (落ちる, ダウン), none negated, they state outage-reported
 *                          (「一回復旧したっぽかったのに、また落ちたみたい」)
 * @param outageOwners      terms of another service or thing that is down (gmail, 社内, 通信, アプリ), a few words before
 *                          an outage word with none of {@code outageOurs} (icloud, apple) among them: no iCloud outage
 * @param outageOurs        terms naming iCloud or Apple as the one down
 * @param outageWonderings  surfaces right after an outage word that ask or wonder (ですか, かな): not stated
 * @param outageHypotheticals surfaces that suppose one (もし, だったら, なら): not stated
 * @param senderNames       senders named by themselves (amazon, 楽天, 銀行, 学校): one a few words before だけ in a clause
 *                          whose arrival is negated states specific-sender (「amazonのやつだけ来ない」)
 * @param codeWords         a sign-in code (確認コード; 認証コード is its synonym): one named just before a notice that does not come means the
 *                          code's notice, not mail notifications (「「確認コードを入力」って画面になるのに、iPhoneに通知が来ない」)
 * @param noticeWords       a notice on screen (通知): with an arrival word negated, and no mail word, in the clause after a code word
 * @param notMailObjects    things that arrive and are no mail (メッセージ: the Messages app, 商品): one right before the arrival
 *                          word a symptom starts with, in a clause with no mail word, is what did not arrive (「送ったメッセージ届いてない」)
 * @param otherPeople       people near the user (先生, 上司, 友達, 家族): one right before a device named with も, in a clause
 *                          that says it fails too (a negation, a same word or a fail word), is another device with the
 *                          same trouble (「先生のMacもダメらしい」「上司のPCも受信できない」)
 * @param failWords         words that say something fails without a negation (だめ, 全滅)
 * @param quoteLinks        surfaces right after a closing quote that tie it to what follows (という, って, との): with a
 *                          {@code messageWords} word and an arrival word after them, the quote is a message received
 * @param messageWords      messages a user receives and may quote (メール, sms): 「「…ロックされました」というメールが来た」
 * @param mailProviders     other mail services whose own mail a text may name (gmail, yahoo): 「Gmailのメールだけ受信できない」 beside
 *                          iCloud mail said to work is about that service, not iCloud
 * @param distinctTerms     terms that, repeated in a phrasing, mean two different things (端末: 「iPhoneもMacも」, 端末も端末も, is two
 *                          devices): the text must say them with different words, not name one device twice
 */
public record Discourse(List<String> boundaryParticles, List<String> boundarySurfaces, List<String> lightVerbs,
                        List<String> keptParticles, List<String> negatingPrefixes, List<String> alsoParticles,
                        List<String> corrections, List<String> contrasts, List<String> history, List<String> now,
                        List<String> elsewhere, List<String> otherDevices, List<String> works,
                        List<String> networks, List<String> searchVerbs, List<String> absenceWords,
                        List<String> denials, List<String> anaphors, List<String> sameWords,
                        List<String> unchangedWords, List<String> outcomeWords, List<String> switchWords,
                        List<String> fillerWords, List<String> placePrepositions, List<String> senderMailWords,
                        List<String> mailGenres, List<String> notSenders, List<String> arrivalWords, List<String> sendWords,
                        List<String> ownedObjects, List<String> foreignAccounts, List<String> hearsay,
                        List<String> wholeClauseNegations, List<String> notMailContexts,
                        List<String> topicMarkers, List<String> statusPages, List<String> statusTroubles,
                        List<String> relapseAfter, List<String> relapseMarkers, List<String> relapseTroubles,
                        List<String> outageOwners, List<String> outageOurs, List<String> outageWonderings,
                        List<String> outageHypotheticals, List<String> senderNames, List<String> distinctTerms,
                        List<String> codeWords, List<String> noticeWords, List<String> notMailObjects,
                        List<String> otherPeople, List<String> failWords, List<String> quoteLinks,
                        List<String> messageWords, List<String> mailProviders) {
    public Discourse {
        boundaryParticles = List.copyOf(boundaryParticles);
        boundarySurfaces = List.copyOf(boundarySurfaces);
        lightVerbs = List.copyOf(lightVerbs);
        keptParticles = List.copyOf(keptParticles);
        negatingPrefixes = List.copyOf(negatingPrefixes);
        alsoParticles = List.copyOf(alsoParticles);
        corrections = MarkerList.of(corrections);
        contrasts = MarkerList.of(contrasts);
        history = MarkerList.of(history);
        now = MarkerList.of(now);
        elsewhere = List.copyOf(elsewhere);
        otherDevices = List.copyOf(otherDevices);
        works = List.copyOf(works);
        networks = List.copyOf(networks);
        searchVerbs = List.copyOf(searchVerbs);
        absenceWords = List.copyOf(absenceWords);
        denials = MarkerList.of(denials);
        anaphors = List.copyOf(anaphors);
        sameWords = List.copyOf(sameWords);
        unchangedWords = List.copyOf(unchangedWords);
        outcomeWords = List.copyOf(outcomeWords);
        switchWords = List.copyOf(switchWords);
        fillerWords = List.copyOf(fillerWords);
        placePrepositions = List.copyOf(placePrepositions);
        senderMailWords = List.copyOf(senderMailWords);
        mailGenres = List.copyOf(mailGenres);
        notSenders = List.copyOf(notSenders);
        arrivalWords = List.copyOf(arrivalWords);
        sendWords = List.copyOf(sendWords);
        ownedObjects = List.copyOf(ownedObjects);
        foreignAccounts = List.copyOf(foreignAccounts);
        hearsay = MarkerList.of(hearsay);
        wholeClauseNegations = List.copyOf(wholeClauseNegations);
        notMailContexts = List.copyOf(notMailContexts);
        topicMarkers = List.copyOf(topicMarkers);
        statusPages = List.copyOf(statusPages);
        statusTroubles = List.copyOf(statusTroubles);
        relapseAfter = List.copyOf(relapseAfter);
        relapseMarkers = List.copyOf(relapseMarkers);
        relapseTroubles = List.copyOf(relapseTroubles);
        outageOwners = List.copyOf(outageOwners);
        outageOurs = List.copyOf(outageOurs);
        outageWonderings = List.copyOf(outageWonderings);
        outageHypotheticals = List.copyOf(outageHypotheticals);
        senderNames = List.copyOf(senderNames);
        distinctTerms = List.copyOf(distinctTerms);
        codeWords = List.copyOf(codeWords);
        noticeWords = List.copyOf(noticeWords);
        notMailObjects = List.copyOf(notMailObjects);
        otherPeople = List.copyOf(otherPeople);
        failWords = List.copyOf(failWords);
        quoteLinks = List.copyOf(quoteLinks);
        messageWords = List.copyOf(messageWords);
        mailProviders = List.copyOf(mailProviders);
    }

    /** The lists of clause roles only (older call sites and tests): every list after {@code elsewhere} is empty. */
    public Discourse(List<String> boundaryParticles, List<String> boundarySurfaces, List<String> lightVerbs,
                     List<String> keptParticles, List<String> negatingPrefixes, List<String> alsoParticles,
                     List<String> corrections, List<String> contrasts, List<String> history, List<String> now,
                     List<String> elsewhere) {
        this(boundaryParticles, boundarySurfaces, lightVerbs, keptParticles, negatingPrefixes, alsoParticles, corrections,
                contrasts, history, now, elsewhere, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** No lists at all (a KB without kb/discourse.yaml): every particle is dropped, no clause has a role. */
    public static Discourse empty() {
        return new Discourse(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
