package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("requests that cannot be served: RequestException with the right ErrorCode")
class RequestErrorsTest {
    private static Naoru naoru;

    @BeforeAll
    static void load() {
        naoru = TestNaoru.get();
    }

    private static RequestException diagnoseError(Request r) {
        RequestException e = catchThrowableOfType(RequestException.class, () -> naoru.diagnose(r));
        assertThat(e).as("diagnose(%s) throws RequestException", r).isNotNull();
        assertThat(e.getMessage()).isNotBlank();
        return e;
    }

    private static RequestException parseError(String json) {
        RequestException e = catchThrowableOfType(RequestException.class, () -> Json.parseRequest(json));
        assertThat(e).as("parseRequest(%s) throws RequestException", json).isNotNull();
        assertThat(e.getMessage()).isNotBlank();
        return e;
    }

    @ParameterizedTest(name = "text 「{0}」 → text_empty")
    @ValueSource(strings = {"", " ", "\u3000", "\n\t "})
    void emptyText(String text) {
        assertThat(diagnoseError(Request.of(text)).code()).isEqualTo(ErrorCode.TEXT_EMPTY);
    }

    @Test
    @DisplayName("null text → text_missing")
    void nullText() {
        assertThat(diagnoseError(Request.of(null)).code()).isEqualTo(ErrorCode.TEXT_MISSING);
    }

    @Test
    @DisplayName("2,001 characters → text_too_long, naming the limit")
    void tooLong() {
        RequestException e = diagnoseError(Request.of("あ".repeat(2001)));
        assertThat(e.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG);
        assertThat(e.getMessage()).contains("2001").contains("2000");
    }

    @Test
    @DisplayName("exactly 2,000 characters is served")
    void atLimit() {
        assertThatCode(() -> naoru.diagnose(Request.of("メールが届かない".repeat(250)))).doesNotThrowAnyException();
        assertThat("メールが届かない".repeat(250)).hasSize(2000);
    }

    @Test
    @DisplayName("characters are counted as code points: 2,000 emoji are served, 2,001 are not")
    void codePoints() {
        String emoji = "😀";
        assertThatCode(() -> naoru.diagnose(Request.of(emoji.repeat(2000)))).doesNotThrowAnyException();
        assertThat(diagnoseError(Request.of(emoji.repeat(2001))).code()).isEqualTo(ErrorCode.TEXT_TOO_LONG);
    }

    @ParameterizedTest(name = "device 「{0}」 → unknown_device naming the allowed devices")
    @ValueSource(strings = {"nokia", "iphone15", "", "ドコモ"})
    void unknownDevice(String device) {
        RequestException e = parseError("{\"text\": \"メールが届かない\", \"device\": \"" + device + "\"}");
        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_DEVICE);
        assertThat(e.getMessage()).contains(DeviceId.known());
        RequestException direct = catchThrowableOfType(RequestException.class, () -> Json.device(device));
        assertThat(direct.code()).isEqualTo(ErrorCode.UNKNOWN_DEVICE);
    }

    @ParameterizedTest(name = "device 「{0}」 is accepted")
    @ValueSource(strings = {"iphone", "mac", "outlook", "android", "docomo"})
    void knownDevice(String device) {
        assertThat(Json.parseRequest("{\"text\": \"x\", \"device\": \"" + device + "\"}").device()).isPresent();
    }

    @ParameterizedTest(name = "device 「{0}」 in JSON is refused: the OpenAPI enum is exact and lower-case")
    @ValueSource(strings = {"IPHONE", " mac ", "Outlook", "iPhone"})
    void deviceCaseIsExact(String device) {
        RequestException e = parseError("{\"text\": \"x\", \"device\": \"" + device + "\"}");
        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_DEVICE);
        assertThat(e.getMessage()).contains("lower-case");
    }

    @ParameterizedTest(name = "{0} → invalid_json without parser class names (D17)")
    @ValueSource(strings = {"{\"text\":\"a\",\"text\":\"b\"}", "{\"text\":\"a\"}{\"text\":\"b\"}", "{\"text\":\"a\"} x"})
    void duplicateKeysAndTrailingContent(String line) {
        RequestException e = parseError(line);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
        assertThat(e.getMessage()).doesNotContain("`").doesNotContain("jackson").doesNotContain("Feature");
    }

    @ParameterizedTest(name = "answers {0}={1} → unknown_answer")
    @CsvSource({"color,red", "other-devices,maybe", "other-devices,YES", "device,nokia", "error-message,broken", "password-changed,''"})
    void unknownAnswer(String key, String value) {
        RequestException e = diagnoseError(Request.of("メールが届かない").withAnswers(Map.of(key, value)));
        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_ANSWER);
        assertThat(e.getMessage()).contains(key.equals("color") ? "color" : value.isEmpty() ? key : value);
    }

    @ParameterizedTest(name = "answers {0}={1} is accepted")
    @CsvSource({"other-devices,yes", "other-networks,no", "password-changed,yes", "error-message,none", "error-message,storage-full", "device,docomo"})
    void knownAnswer(String key, String value) {
        assertThatCode(() -> naoru.diagnose(Request.of("メールが届かない").withAnswers(Map.of(key, value)))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("malformed JSON → invalid_json")
    @ValueSource(strings = {"{", "{\"text\": \"x\"", "{text: \"x\"}", "not json", "{\"text\": \"x\",}", "{'text': 'x'}", "\"unterminated"})
    void malformed(String line) {
        assertThat(parseError(line).code()).isEqualTo(ErrorCode.INVALID_JSON);
    }

    @Test
    @DisplayName("trailing content after the object → invalid_json")
    void trailingGarbage() {
        assertThat(parseError("{\"text\": \"メールが届かない\"} garbage").code()).isEqualTo(ErrorCode.INVALID_JSON);
        assertThat(parseError("{\"id\":\"a\",\"text\":\"x\"}{\"id\":\"b\",\"text\":\"y\"}").code()).isEqualTo(ErrorCode.INVALID_JSON);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("well-formed JSON of the wrong shape or types")
    @CsvSource(delimiter = '|', textBlock = """
            [1, 2]                                              | INVALID_REQUEST
            "just a string"                                     | INVALID_REQUEST
            42                                                  | INVALID_REQUEST
            null                                                | INVALID_REQUEST
            {}                                                  | TEXT_MISSING
            {"text": null}                                      | TEXT_MISSING
            {"text": 5}                                         | INVALID_REQUEST
            {"text": ["メール"]}                                 | INVALID_REQUEST
            {"text": {"a": 1}}                                  | INVALID_REQUEST
            {"text": true}                                      | INVALID_REQUEST
            {"text": "x", "device": 3}                          | INVALID_REQUEST
            {"text": "x", "device": ["iphone"]}                 | INVALID_REQUEST
            {"text": "x", "answers": []}                        | INVALID_REQUEST
            {"text": "x", "answers": "yes"}                     | INVALID_REQUEST
            {"text": "x", "answers": {"other-devices": true}}   | INVALID_REQUEST
            {"text": "x", "answers": {"other-devices": 1}}      | INVALID_REQUEST
            {"text": "x", "id": {"a": 1}}                       | INVALID_REQUEST
            {"text": "x", "id": [1]}                            | INVALID_REQUEST
            {"text": "x", "extra": 1}                           | INVALID_REQUEST
            {"text": ""}                                        | TEXT_EMPTY
            {"text": "   "}                                     | TEXT_EMPTY
            """)
    void wrongShape(String line, ErrorCode code) {
        assertThat(parseError(line).code()).isEqualTo(code);
    }

    @Test
    @DisplayName("parseRequest rejects 2,001 characters before any KB work")
    void parseTooLong() {
        assertThat(parseError("{\"text\": \"" + "あ".repeat(2001) + "\"}").code()).isEqualTo(ErrorCode.TEXT_TOO_LONG);
        assertThat(Json.parseRequest("{\"text\": \"" + "あ".repeat(2000) + "\"}").text()).hasSize(2000);
    }

    @Test
    @DisplayName("error codes are snake_case ids")
    void codes() {
        assertThat(ErrorCode.INVALID_JSON.id()).isEqualTo("invalid_json");
        assertThat(ErrorCode.UNKNOWN_DEVICE.id()).isEqualTo("unknown_device");
        assertThat(new RequestException(ErrorCode.TEXT_EMPTY, "m").code()).isEqualTo(ErrorCode.TEXT_EMPTY);
        assertThat(Optional.of(ErrorCode.TEXT_TOO_LONG.id())).hasValue("text_too_long");
    }
}
