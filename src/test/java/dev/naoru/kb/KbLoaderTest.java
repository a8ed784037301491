package dev.naoru.kb;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * KbLoader on the shipped kb/ and on in-memory copies with one mistake each: every mistake is
 * reported as a located problem in the right file and at the right line.
 */
@DisplayName("KbLoader and YamlDoc")
class KbLoaderTest {
    private static SourceFiles shipped;

    @BeforeAll
    static void read() {
        shipped = SourceFiles.read(Path.of("kb"), "kb");
    }

    /** A copy of the shipped files with {@code find} replaced (first occurrence) by {@code replace} in one file. */
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
        int at = text.indexOf(needle);
        assertThat(at).as("%s contains %s", file, needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    @DisplayName("the shipped KB loads and defines every contract id")
    void shippedLoads() {
        KnowledgeBase kb = KbLoader.load(shipped);
        assertThat(kb.symptoms()).extracting(Fact::id).containsAll(Contract.SYMPTOMS);
        assertThat(kb.contexts()).extracting(Fact::id).containsAll(Contract.CONTEXTS);
        assertThat(kb.steps()).extracting(Step::id).containsAll(Contract.STEPS);
        assertThat(kb.causes()).extracting(Cause::id).containsAll(Contract.CAUSES);
        assertThat(kb.questions()).extracting(Question::id).containsAll(Contract.QUESTIONS);
        assertThat(kb.devices()).extracting(Device::id).containsExactlyInAnyOrder(DeviceId.values());
        for (Step s : kb.steps()) {
            assertThat(s.instructions()).as(s.id()).containsKey("default");
            assertThat(s.destructive()).as("destructive " + s.id()).isEqualTo(s.effects().stream().anyMatch(Effect::losesSomething));
        }
        assertThat(kb.step("readd-account")).get().extracting(Step::stage).isEqualTo(Stage.RECONFIGURE);
        assertThat(kb.question("device")).get().extracting(Question::options).asList()
                .containsExactlyInAnyOrder("iphone", "mac", "outlook", "android", "docomo", "other-app");
        assertThat(kb.question("other-devices")).get().extracting(Question::options).asList().containsExactly("yes", "no");
        List<String> errorOptions = kb.question("error-message").orElseThrow().options();
        assertThat(errorOptions).containsAll(Contract.SYMPTOMS).contains("none");
    }

    @Test
    @DisplayName("intents outweigh mail words; yields_to_symptoms ones give way to a symptom")
    void intents() {
        KnowledgeBase kb = KbLoader.load(shipped);
        Fact display = kb.offtopics().stream().filter(f -> f.id().equals("display-preferences")).findFirst().orElseThrow();
        Fact writing = kb.offtopics().stream().filter(f -> f.id().equals("how-to-write")).findFirst().orElseThrow();
        Fact line = kb.offtopics().stream().filter(f -> f.id().equals("other-apps")).findFirst().orElseThrow();
        assertThat(display.outweighsMail()).isTrue();
        assertThat(display.yieldsToSymptoms()).isTrue();
        assertThat(writing.outweighsMail()).isTrue();
        assertThat(writing.yieldsToSymptoms()).isFalse();
        assertThat(line.outweighsMail()).isFalse();
    }

    @Test
    @DisplayName("hearsay: only the contexts marked so (an outage is heard of, a password change is not)")
    void hearsay() {
        KnowledgeBase kb = KbLoader.load(shipped);
        assertThat(kb.contexts().stream().filter(Fact::hearsay).map(Fact::id)).containsExactly("outage-reported");
    }

    @Test
    @DisplayName("ended_by: only the outage says when it is over")
    void endedBy() {
        KnowledgeBase kb = KbLoader.load(shipped);
        assertThat(kb.contexts().stream().filter(c -> !c.endedBy().isEmpty()).map(Fact::id)).containsExactly("outage-reported");
        assertThat(kb.fact("outage-reported").orElseThrow().endedBy()).contains("終わる", "復旧", "解消");
    }

    @Test
    @DisplayName("KB facts know where they were written")
    void locations() {
        KnowledgeBase kb = KbLoader.load(shipped);
        Fact f = kb.fact("cannot-fetch").orElseThrow();
        assertThat(f.where().file()).isEqualTo("kb/symptoms.yaml");
        assertThat(f.where().line()).isEqualTo(lineOf("symptoms.yaml", "id: cannot-fetch"));
        Phrasing first = f.phrasings().get(0);
        assertThat(first.where().line()).isEqualTo(lineOf("symptoms.yaml", "- " + first.text()));
        Step s = kb.step("check-network").orElseThrow();
        assertThat(s.where().toString()).startsWith("kb/steps.yaml:" + lineOf("steps.yaml", "id: check-network") + ":");
    }

    @ParameterizedTest(name = "{0}: 「{1}」 → 「{2}」 reports \"{3}\"")
    @DisplayName("one mistake, one located problem")
    @CsvSource(delimiter = '|', textBlock = """
            steps.yaml    | stage: reauth                     | stage: reauthenticate       | unknown stage 'reauthenticate'
            steps.yaml    | destructive: true                 | destructive: maybe          | 'destructive' must be true or false
            steps.yaml    | title: 通信環境を切り替えて再試行する | titel: 通信環境を切り替えて再試行する | unknown key 'titel'
            symptoms.yaml | id: connection-failed             | id: cannot-fetch            | duplicate symptom id 'cannot-fetch'
            devices.yaml  | id: outlook                       | id: nokia                   | unknown device 'nokia'
            devices.yaml  | - device: other-app               | - device: windows-mail      | unknown device 'windows-mail'
            devices.yaml  | reach: 15                         | raech: 15                   | unknown key 'raech'
            questions.yaml| id: other-networks                | id: other-devices           | duplicate question id 'other-devices'
            scope.yaml    | yields_to_symptoms: true          | yields_to_symptoms: often   | 'yields_to_symptoms' must be true or false
            scope.yaml    | label: ほかのアプリ・サービス        | yields_to_symptoms: true    | unknown key 'yields_to_symptoms'
            contexts.yaml | hearsay: true                     | hearsay: sometimes          | 'hearsay' must be true or false
            symptoms.yaml | label: メールを取得できない           | hearsay: true               | unknown key 'hearsay'
            symptoms.yaml | label: メールを取得できない           | ended_by: [終わる]            | unknown key 'ended_by'
            """)
    void mutation(String file, String find, String replace, String message) {
        int line = lineOf(file, find);
        KbException e = catchThrowableOfType(KbException.class, () -> KbLoader.load(mutated(file, find, replace)));
        assertThat(e).as("load fails").isNotNull();
        assertThat(e.problems()).as(e.getMessage())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("kb/" + file);
                    assertThat(p.message()).contains(message);
                    assertThat(p.line()).as("line of %s", p.format()).isBetween(line, line + 1);
                });
    }

    @Test
    @DisplayName("a duplicate id says where the first one is")
    void duplicateSaysWhereFirst() {
        KbException e = catchThrowableOfType(KbException.class,
                () -> KbLoader.load(mutated("symptoms.yaml", "id: connection-failed", "id: cannot-fetch")));
        assertThat(e.getMessage()).contains("first defined at kb/symptoms.yaml:" + lineOf("symptoms.yaml", "id: cannot-fetch"));
    }

    @Test
    @DisplayName("a contract id missing from the KB is reported against its file")
    void contractIdMissing() {
        KbException e = catchThrowableOfType(KbException.class,
                () -> KbLoader.load(mutated("causes.yaml", "id: clock-skew", "id: clock-drift")));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("kb/causes.yaml");
            assertThat(p.message()).contains("contract cause 'clock-skew' is missing");
        });
    }

    @Test
    @DisplayName("a missing file is reported by name")
    void missingFile() {
        Map<String, String> files = new HashMap<>(shipped.files());
        files.remove("questions.yaml");
        KbException e = catchThrowableOfType(KbException.class, () -> KbLoader.load(new SourceFiles("kb", files)));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("kb/questions.yaml");
            assertThat(p.message()).contains("file missing");
        });
    }

    @Test
    @DisplayName("user dictionary: readings that do not match the segments, and segments that do not spell the surface, are reported")
    void userDictMistakes() {
        String entry = "{surface: 機種変更, segments: [機種変更], readings: [キシュヘンコウ], pos: カスタム名詞}";
        KbException readings = catchThrowableOfType(KbException.class,
                () -> KbLoader.load(mutated("userdict.yaml", entry, "{surface: 機種変更, segments: [機種, 変更], readings: [キシュ], pos: カスタム名詞}")));
        assertThat(readings.getMessage()).contains("2 segments but 1 readings");
        KbException spelled = catchThrowableOfType(KbException.class,
                () -> KbLoader.load(mutated("userdict.yaml", entry, "{surface: 機種変更, segments: [機種, 変化], readings: [キシュ, ヘンカ], pos: カスタム名詞}")));
        assertThat(spelled.getMessage()).contains("do not spell it");
    }

    @Test
    @DisplayName("YamlDoc: invalid YAML is one located problem; nodes know their line and column")
    void yamlDoc() {
        KbException e = catchThrowableOfType(KbException.class, () -> YamlDoc.parse("x.yaml", "a: 1\nb: c: d\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("invalid YAML");
            assertThat(p.format()).startsWith("x.yaml:2:");
        });
        YamlDoc doc = YamlDoc.parse("y.yaml", "top:\n  list:\n    - one\n    - two\n  key: value\n");
        assertThat(doc.root().get("top").get("list").at(1).where()).isEqualTo(new SourceRef("y.yaml", 4, 7));
        assertThat(doc.root().get("top").get("key").where().line()).isEqualTo(5);
        assertThat(doc.root().get("top").get("nope").where().line()).as("missing node falls back to its parent").isEqualTo(1);
        assertThat(YamlDoc.parse("z.yaml", "").root().json().isObject()).isTrue();
    }

    @Test
    @DisplayName("Problem.format: file:line:col: message (hint), leaving out what is unknown")
    void problemFormat() {
        assertThat(new Problem("kb/a.yaml", 3, 7, "bad", "fix it").format()).isEqualTo("kb/a.yaml:3:7: bad (fix it)");
        assertThat(new Problem("kb/a.yaml", 3, 0, "bad", "").format()).isEqualTo("kb/a.yaml:3: bad");
        assertThat(new Problem("kb/a.yaml", 0, 0, "bad", null).format()).isEqualTo("kb/a.yaml: bad");
    }

    @Test
    @DisplayName("SourceFiles: version is a content hash of names and texts")
    void version() {
        SourceFiles same = new SourceFiles("elsewhere", shipped.files(), shipped.tests(), List.of());
        assertThat(SourceFiles.version(same)).isEqualTo(SourceFiles.version(shipped)).matches("[0-9a-f]{12}");
        assertThat(SourceFiles.version(mutated("steps.yaml", "stage: reauth", "stage: reauth "))).isNotEqualTo(SourceFiles.version(shipped));
        KbException e = catchThrowableOfType(KbException.class, () -> SourceFiles.read(Path.of("no-such-dir"), "nope"));
        assertThat(e.getMessage()).contains("not a directory");
        // a changed test changes the version, so a reload runs it
        SourceFiles otherTests = new SourceFiles("kb", shipped.files(), java.util.Map.of("tests/x.yaml", "[]"), List.of());
        assertThat(SourceFiles.version(otherTests)).isNotEqualTo(SourceFiles.version(shipped));
    }

    @Test
    @DisplayName("SourceFiles: a file that is not UTF-8 is named; a file in a subfolder is listed, not loaded")
    void invalidUtf8AndSubfolders(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.write(dir.resolve("steps.yaml"), new byte[]{'#', ' ', (byte) 0xff, '\n'});
        java.nio.file.Files.createDirectories(dir.resolve("docomo"));
        java.nio.file.Files.writeString(dir.resolve("docomo/extra.yaml"), "rules: []\n");
        KbException e = catchThrowableOfType(KbException.class, () -> SourceFiles.read(dir, "kb"));
        assertThat(e.problems()).extracting(Problem::format).containsExactly("kb/steps.yaml:1: not valid UTF-8 (byte 0xFF at offset 2) (save the file as UTF-8)");
        java.nio.file.Files.writeString(dir.resolve("steps.yaml"), "# ok\n");
        SourceFiles read = SourceFiles.read(dir, "kb");
        assertThat(read.files()).containsOnlyKeys("steps.yaml");
        assertThat(read.subfolders()).containsExactly("docomo/extra.yaml");
    }

    @Test
    @DisplayName("YAML: duplicate keys, tabs, full-width colons and over-indented items get their own message and line")
    void strictYaml() {
        assertThat(yamlProblem("rules:\n  - name: x\n    when: {a: 1}\n    when: {b: 2}\n"))
                .startsWith("f.yaml:4:").contains("key 'when' appears twice");
        assertThat(yamlProblem("s:\n  - id: a\n\tlabel: b\n")).startsWith("f.yaml:3:1: tab used for indentation");
        assertThat(yamlProblem("s:\n  - id\uFF1Aa\n")).startsWith("f.yaml:2:").contains("full-width colon");
        assertThat(yamlProblem("s:\n  - id: a\n    phrasings:\n      - foo\n       - bar\n"))
                .startsWith("f.yaml:5:8: list item indented further than the item above");
        assertThat(yamlProblem("a: [1, 2\nb: 3\n")).startsWith("f.yaml:2:").contains("expected ',' or ']'");
    }

    private static String yamlProblem(String text) {
        KbException e = catchThrowableOfType(KbException.class, () -> YamlDoc.parse("f.yaml", text));
        assertThat(e).as("refused: " + text).isNotNull();
        return e.problems().get(0).format();
    }

    @Test
    @DisplayName("a symptoms.yaml that does not parse gives one problem, no 'unknown symptom' cascade")
    void noFollowOnNoise() {
        KbException e = catchThrowableOfType(KbException.class,
                () -> KbLoader.load(mutated("symptoms.yaml", "symptoms:", "symptoms:\n\t")));
        assertThat(e.problems()).extracting(Problem::format).noneMatch(p -> p.contains("unknown symptom"));
    }
}
