package dev.naoru.kb;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Step effects (FORMATS §3) and device variants (FORMATS §2): loading, checks with file:line, lookup. */
@DisplayName("step effects and device variants")
class StepEffectsAndVariantsTest {
    private static SourceFiles shipped;

    @BeforeAll
    static void read() {
        shipped = SourceFiles.read(Path.of("kb"), "kb");
    }

    private static SourceFiles mutated(String file, String find, String replace) {
        String text = shipped.files().get(file);
        assertThat(text).as("%s contains %s", file, find).contains(find);
        Map<String, String> files = new HashMap<>(shipped.files());
        int at = text.indexOf(find);
        files.put(file, text.substring(0, at) + replace + text.substring(at + find.length()));
        return new SourceFiles("kb", files);
    }

    private static int lineOf(String file, String needle) {
        String text = shipped.files().get(file);
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    @DisplayName("every step that deletes, signs out or resets is destructive and every text of it starts with 【注意】")
    void shippedDestructiveStepsWarn() {
        KnowledgeBase kb = KbLoader.load(shipped);
        assertThat(kb.step("resign-in").orElseThrow().effects()).containsExactly(Effect.SIGNS_OUT);
        assertThat(kb.step("reinstall-docomo-profile").orElseThrow().destructive()).isTrue();
        assertThat(kb.step("unlock-account").orElseThrow().effects()).containsExactly(Effect.CHANGES_CREDENTIALS);
        for (Step s : kb.steps()) {
            if (!s.destructive()) continue;
            assertThat(s.instructions().values()).as(s.id()).allSatisfy(t -> assertThat(t).startsWith(Step.CAUTION));
        }
    }

    @ParameterizedTest(name = "「{1}」 → 「{2}」 reports \"{3}\"")
    @DisplayName("one mistake in effects or variants, one located problem")
    @CsvSource(delimiter = '|', textBlock = """
            steps.yaml   | effects: [signs-out]     | effects: [sign-out]       | unknown effect 'sign-out' in step 'resign-in'
            steps.yaml   | effects: [resets]        | effects: [resets, nukes]  | unknown effect 'nukes'
            steps.yaml   | effects: [signs-out]     | effects: []               | destructive step 'resign-in' names no effect
            devices.yaml | default_variant: classic | default_variant: modern   | unknown variant 'modern' of device 'outlook'
            """)
    void mutation(String file, String find, String replace, String message) {
        int line = lineOf(file, find);
        KbException e = catchThrowableOfType(KbException.class, () -> KbLoader.load(mutated(file, find, replace)));
        assertThat(e).as("load fails").isNotNull();
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("kb/" + file);
            assertThat(p.message()).contains(message);
            assertThat(p.line()).as("line of %s", p.format()).isBetween(line, line + 1);
        });
    }

    @Test
    @DisplayName("a deleting step marked non-destructive, or a destructive text without 【注意】, is refused where it is written")
    void deletesNeedsDestructiveAndCaution() {
        String steps = shipped.files().get("steps.yaml");
        int block = steps.indexOf("  - id: remove-profile");
        String flipped = steps.substring(block).replaceFirst("destructive: true", "destructive: false");
        KbException e = catchThrowableOfType(KbException.class, () -> KbLoader.load(
                mutated("steps.yaml", steps.substring(block), flipped)));
        assertThat(e.getMessage()).contains("step 'remove-profile' has effect [deletes] but is not destructive")
                .contains("kb/steps.yaml:" + lineOf("steps.yaml", "effects: [deletes]"));

        String text = steps.substring(steps.indexOf("  - id: readd-account"));
        String bare = text.replaceFirst("default: \"【注意】", "default: \"");
        e = catchThrowableOfType(KbException.class, () -> KbLoader.load(mutated("steps.yaml", text, bare)));
        assertThat(e.getMessage()).contains("instructions 'default' of destructive step 'readd-account' do not start with 【注意】");
    }

    @Test
    @DisplayName("an instruction key for an unknown variant is refused; a known one is looked up variant → device → default")
    void variantKeys() {
        KbException e = catchThrowableOfType(KbException.class, () -> KbLoader.load(
                mutated("steps.yaml", "      outlook: \"", "      outlook.modern: \"x\"\n      outlook: \"")));
        assertThat(e.getMessage()).contains("unknown device 'outlook.modern' in instructions");

        KnowledgeBase kb = KbLoader.load(mutated("steps.yaml", "      outlook: \"", "      outlook.mac: \"MAC TEXT\"\n      outlook: \""));
        Step s = kb.steps().stream().filter(x -> x.instructions().containsKey("outlook.mac")).findFirst().orElseThrow();
        assertThat(s.instructionsFor(Optional.of(DeviceId.OUTLOOK), Optional.of("mac"))).isEqualTo("MAC TEXT");
        assertThat(s.instructionsFor(Optional.of(DeviceId.OUTLOOK), Optional.of("new"))).isEqualTo(s.instructions().get("outlook"));
        assertThat(s.instructionsFor(Optional.of(DeviceId.IPHONE), Optional.of("mac")))
                .isEqualTo(s.instructions().getOrDefault("iphone", s.instructions().get("default")));
        assertThat(s.variesOn(DeviceId.OUTLOOK)).isTrue();
        assertThat(s.variesOn(DeviceId.DOCOMO)).isFalse();
    }

    @Test
    @DisplayName("devices.yaml: other-app and the Outlook / docomo variants with their defaults")
    void devicesVariants() {
        KnowledgeBase kb = KbLoader.load(shipped);
        Device outlook = kb.devices().stream().filter(d -> d.id() == DeviceId.OUTLOOK).findFirst().orElseThrow();
        assertThat(outlook.variants()).extracting(Device.Variant::id).containsExactly("classic", "new", "mac", "mobile");
        assertThat(outlook.defaultVariant()).hasValue("classic");
        Device docomo = kb.devices().stream().filter(d -> d.id() == DeviceId.DOCOMO).findFirst().orElseThrow();
        assertThat(docomo.variants()).extracting(Device.Variant::id).containsExactly("iphone", "android");
        assertThat(DeviceId.OTHER_APP.id()).isEqualTo("other-app");
        assertThat(DeviceId.parse("other-app")).hasValue(DeviceId.OTHER_APP);
    }
}
