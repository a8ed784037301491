package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same request gives the same JSON in every JVM. {@code Map.of}/{@code Map.copyOf} iterate in an order
 * salted per JVM, so answers kept in one (and the answer → context table) made the contexts and the
 * handoff lines change order between runs of the same command.
 */
@DisplayName("deterministic output: answers and the contexts they give keep one order")
class DeterministicOrderTest {

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    @DisplayName("Request keeps its answers in question-id order, whatever order they were given in")
    void requestAnswersSorted() {
        Request r = new Request(Optional.empty(), "メールが届かない", Optional.empty(), ordered(
                "password-changed", "yes", "other-networks", "no", "error-message", "none", "device", "iphone",
                "other-devices", "yes"));
        assertThat(r.answers().keySet()).containsExactly(
                "device", "error-message", "other-devices", "other-networks", "password-changed");
    }

    @Test
    @DisplayName("answered contexts come in the fixed order other-devices, other-networks, password-changed; same JSON for any answer order")
    void answeredContextsAndJson() {
        Naoru naoru = TestNaoru.get();
        Request forward = new Request(Optional.empty(), "メールが届かない", Optional.of(DeviceId.IPHONE), ordered(
                "other-devices", "no", "other-networks", "yes", "password-changed", "yes"));
        Request backward = forward.withAnswers(ordered(
                "password-changed", "yes", "other-networks", "yes", "other-devices", "no"));
        Result a = naoru.diagnose(forward);
        Result b = naoru.diagnose(backward);
        List<String> contexts = a.contexts().stream().map(Result.ContextFound::id).toList();
        assertThat(contexts).containsExactly("other-devices-too", "other-networks-too", "password-changed");
        assertThat(a.handoff()).isPresent();
        assertThat(a.handoff().get().answers().keySet()).containsExactly("other-devices", "other-networks", "password-changed");
        assertThat(Json.result(b).toString()).isEqualTo(Json.result(a).toString());
    }
}
