package dev.naoru.kb;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** kb/dialogs.yaml: the shipped catalogue loads; each kind of mistake is a located problem. */
@DisplayName("kb/dialogs.yaml loader")
class DialogLoaderTest {
    private static SourceFiles shipped;

    @BeforeAll
    static void read() {
        shipped = SourceFiles.read(Path.of("kb"), "kb");
    }

    private static SourceFiles mutated(String find, String replace) {
        String text = shipped.files().get("dialogs.yaml");
        assertThat(text).contains(find);
        int at = text.indexOf(find);
        Map<String, String> files = new HashMap<>(shipped.files());
        files.put("dialogs.yaml", text.substring(0, at) + replace + text.substring(at + find.length()));
        return new SourceFiles("kb", files);
    }

    private static int lineOf(String needle) {
        String text = shipped.files().get("dialogs.yaml");
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    @DisplayName("the shipped catalogue loads: dialogs in both languages, app dialogs with a device, the docomo host")
    void shippedLoads() {
        DialogCatalog c = KbLoader.load(shipped).dialogs();
        assertThat(c.dialogs()).hasSizeGreaterThan(40);
        assertThat(c.dialogs()).extracting(Dialog::lang).contains("ja", "en");
        assertThat(c.dialogs()).filteredOn(d -> d.id().startsWith("outlook-")).allMatch(d -> d.device().equals(java.util.Optional.of(DeviceId.OUTLOOK)));
        assertThat(c.hosts()).anyMatch(h -> h.suffix().equals("spmode.ne.jp") && h.device().equals(java.util.Optional.of(DeviceId.DOCOMO)));
    }

    @Test
    @DisplayName("a KB without dialogs.yaml loads with an empty catalogue")
    void optional() {
        Map<String, String> files = new HashMap<>(shipped.files());
        files.remove("dialogs.yaml");
        assertThat(KbLoader.load(new SourceFiles("kb", files)).dialogs().dialogs()).isEmpty();
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> mistakes() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("symptoms: [cannot-fetch]\n    source: iOS メールの警告の題",
                        "symptoms: [cannot-fetchh]\n    source: iOS メールの警告の題", "unknown symptom 'cannot-fetchh' (known: "),
                org.junit.jupiter.params.provider.Arguments.of("texts: [\"メールを取得できません\"]", "texts: [\"メールを{acount}取得できません\"]",
                        "unknown variable '{acount}' (known: account, address"),
                org.junit.jupiter.params.provider.Arguments.of("texts: [\"メールを取得できません\"]", "texts: [\"取得不可\"]", "dialog text too short to match safely"),
                org.junit.jupiter.params.provider.Arguments.of("texts: [\"メールを取得できません\"]", "texts: [\"メールを{account取得できません\"]", "unbalanced '{' or '}'"),
                org.junit.jupiter.params.provider.Arguments.of("lang: ja\n    texts: [\"メールを取得できません\"]", "lang: jp\n    texts: [\"メールを取得できません\"]",
                        "unknown lang 'jp' (known: ja, en)"),
                org.junit.jupiter.params.provider.Arguments.of("- id: ios-connection-failed", "- id: ios-cannot-get-mail", "duplicate dialog id 'ios-cannot-get-mail'"));
    }

    @ParameterizedTest(name = "{2}")
    @org.junit.jupiter.params.provider.MethodSource("mistakes")
    @DisplayName("a mistake in a dialog is reported at its line")
    void located(String find, String replace, String message) {
        KbException e = catchThrowableOfType(() -> KbLoader.load(mutated(find, replace)), KbException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("kb/dialogs.yaml");
            assertThat(p.toString()).contains(message);
            assertThat(p.line()).isBetween(lineOf(find), lineOf(find) + find.split("\n").length);
        });
    }

    @Test
    @DisplayName("an unknown device and an unknown host service are named with the known ones")
    void unknownDeviceAndService() {
        KbException e = catchThrowableOfType(() -> KbLoader.load(mutated("    device: outlook\n", "    device: outlok\n")), KbException.class);
        assertThat(e.getMessage()).contains("kb/dialogs.yaml:" + lineOf("    device: outlook\n") + ":").contains("unknown device 'outlok' (known: ");
        e = catchThrowableOfType(() -> KbLoader.load(mutated("service: icloud", "service: icluod")), KbException.class);
        assertThat(e.getMessage()).contains("unknown service 'icluod'").contains("known: ");
    }

    @Test
    @DisplayName("the KB version covers dialogs.yaml: a changed dialog is a new version (and a reload)")
    void versionCoversDialogs() {
        SourceFiles changed = mutated("texts: [\"メールを取得できません\"]", "texts: [\"メールを取得できません。\"]");
        assertThat(SourceFiles.version(changed)).isNotEqualTo(SourceFiles.version(new SourceFiles("kb", shipped.files())));
    }
}
