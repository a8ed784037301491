package dev.naoru.example;

import dev.naoru.api.Handoff;
import dev.naoru.api.Naoru;
import dev.naoru.api.TriedOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the embedding example as a chat would: several turns, one answer or outcome each. */
class ChatbotBackendTest {
    private static Naoru naoru;

    @BeforeAll
    static void load() {
        naoru = Naoru.load(Path.of("kb"), Path.of("rules"));
    }

    @Test
    void aChatThatNothingFixesEndsWithAHandoffForTheAgents() {
        ChatbotBackend bot = new ChatbotBackend(naoru);
        String reply = bot.onMessage("chat-1", "OutlookでiCloudのパスワードを何度も聞かれる。山田です");
        int turns = 0;
        while (!reply.startsWith("担当者") && turns++ < 60) {
            reply = bot.onMessage("chat-1", reply.contains("[はい / いいえ]") ? "いいえ" : "解決しない");
        }
        assertThat(reply).startsWith("担当者におつなぎします");
        assertThat(bot.agentQueue).hasSize(1);
        Handoff h = bot.agentQueue.get(0);
        assertThat(h.device().map(d -> d.id())).contains("outlook");
        assertThat(h.tried()).containsKey("app-password").allSatisfy((k, v) -> assertThat(v).isEqualTo(TriedOutcome.NOT_FIXED));
        assertThat(h.summary()).contains("試した手順", "アプリ用パスワード").doesNotContain("山田");
    }

    @Test
    void aFixEndsTheChatWithPrevention() {
        ChatbotBackend bot = new ChatbotBackend(naoru);
        String first = bot.onMessage("chat-2", "iPhoneでメールを取得できません");
        String second = bot.onMessage("chat-2", first.contains("[はい / いいえ]") ? "いいえ" : "解決しない");
        String reply = second;
        int turns = 0;
        while (!reply.startsWith("次の手順") && turns++ < 10) reply = bot.onMessage("chat-2", "いいえ");
        assertThat(reply).startsWith("次の手順");
        assertThat(bot.onMessage("chat-2", "解決した！")).startsWith("解決してよかったです");
        assertThat(bot.agentQueue).isEmpty();
    }
}
