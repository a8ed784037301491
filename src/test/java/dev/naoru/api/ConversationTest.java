package dev.naoru.api;

import dev.naoru.plan.PlanStep;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationTest {
    private final Naoru naoru = TestNaoru.get();

    @Test
    void questionsFirstThenOneStepAtATimeUntilEscalation() {
        Conversation c = Conversation.start(naoru, "メールを取得できません");
        assertThat(c.nextQuestion()).map(Result.QuestionAsked::id).contains("device");
        c.answer("device", "android");
        assertThat(c.result().device().map(d -> d.id())).contains("android");
        Set<String> offered = new HashSet<>();
        int turns = 0;
        while (!c.finished() && turns++ < 60) {
            if (c.nextQuestion().isPresent()) {
                c.skip(c.nextQuestion().get().id());
                continue;
            }
            PlanStep s = c.nextStep().orElseThrow();
            assertThat(offered.add(s.id())).as("%s offered twice", s.id()).isTrue();
            c.report(s.id(), TriedOutcome.NOT_FIXED);
        }
        assertThat(c.result().status()).isEqualTo(Status.ESCALATE);
        assertThat(c.request().tried().keySet()).containsExactlyInAnyOrderElementsOf(offered);
        assertThat(c.result().handoff().orElseThrow().tried()).isEqualTo(c.request().tried());
        assertThat(c.request().answers()).isEqualTo(Map.of("device", "android"));
    }

    @Test
    void aFixedStepFinishesResolved() {
        Conversation c = Conversation.start(naoru, "iPhoneで迷惑メールにも無いのにメールが届かない");
        PlanStep s = c.nextStep().orElseThrow();
        Result r = c.report(s.id(), TriedOutcome.FIXED);
        assertThat(r.status()).isEqualTo(Status.RESOLVED);
        assertThat(r.resolvedBy()).contains(s.id());
        assertThat(c.finished()).isTrue();
        assertThat(c.nextStep()).isEmpty();
        assertThat(c.nextQuestion()).isEmpty();
    }

    @Test
    void aBadAnswerOrStepLeavesTheConversationAsItWas() {
        Conversation c = Conversation.start(naoru, "iPhoneでメールを取得できません");
        Request before = c.request();
        assertThatThrownBy(() -> c.answer("other-devices", "maybe")).isInstanceOf(RequestException.class);
        assertThatThrownBy(() -> c.report("no-such-step", TriedOutcome.NOT_FIXED))
                .isInstanceOfSatisfying(RequestException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TRIED));
        assertThat(c.request()).isEqualTo(before);
    }

    @Test
    void aChatResumesFromItsRequestAndSkippedQuestions() {
        Conversation c = Conversation.start(naoru, "メールを取得できません");
        c.skip("device");
        c.report("check-network", TriedOutcome.NOT_FIXED);
        Conversation again = Conversation.resume(naoru, c.request(), c.skipped());
        assertThat(again.result()).isEqualTo(c.result());
        assertThat(again.nextQuestion()).isEqualTo(c.nextQuestion());
        assertThat(again.nextStep().map(PlanStep::id)).isEqualTo(c.nextStep().map(PlanStep::id));
    }
}
