package dev.naoru.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar and the launcher in the C locale (cron jobs, minimal containers), where Java's default
 * charset is US-ASCII: JSON Lines still come out as UTF-8 Japanese (not '?'), a text garbled on the
 * command line is refused with the fix, and {@code tools/naoru} runs Java so that the text arrives whole.
 */
class CLocaleIT {
    private static final Path JAR = Path.of("target/naoru.jar").toAbsolutePath();

    @Test
    void batchWritesUtf8InTheCLocale() throws Exception {
        Run r = run("{\"id\":\"c1\",\"text\":\"iPhoneでメールを取得できません\"}\n".getBytes(StandardCharsets.UTF_8),
                java(), "-jar", JAR.toString(), "batch", "-", "--kb", "kb", "--rules", "rules");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("\"cannot-fetch\"").contains("\"evidence\":[\"メール\"").contains("端末").doesNotContain("???");
    }

    @Test
    void diagnoseWritesUtf8InTheCLocale() throws Exception {
        // ASCII on the command line survives the C locale; the plan it gets is Japanese.
        Run r = run(null, java(), "-jar", JAR.toString(), "diagnose", "--kb", "kb", "--rules", "rules", "--device", "iphone", "iCloud mail error");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("端末").doesNotContain("???");
    }

    @Test
    void aTextGarbledOnTheCommandLineIsRefusedWithTheFix() throws Exception {
        Run r = run(null, java(), "-jar", JAR.toString(), "diagnose", "--kb", "kb", "--rules", "rules", "--json", "iPhoneでメールを取得できません");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("naoru: the text arrived as 'iPhone???").contains("cannot carry Japanese").contains("LC_ALL=C.UTF-8");
    }

    @Test
    void theLauncherPassesTheTextWhole() throws Exception {
        Run r = run(null, Path.of("tools/naoru").toAbsolutePath().toString(), "diagnose", "--kb", "kb", "--rules", "rules", "--json",
                "iPhoneでメールを取得できません");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("\"status\":\"plan\"").contains("\"cannot-fetch\"");
    }

    private record Run(int exit, String out, String err) {
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Run run(byte[] stdin, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(cmd)));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.put("NAORU_CDS", "0");   // no background archive build from a test
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process p = pb.start();
        if (stdin != null) p.getOutputStream().write(stdin);
        p.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread e = new Thread(() -> copy(p.getErrorStream(), err));
        e.start();
        copy(p.getInputStream(), out);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        e.join();
        return new Run(p.exitValue(), strictUtf8(out.toByteArray()), strictUtf8(err.toByteArray()));
    }

    private static void copy(java.io.InputStream in, ByteArrayOutputStream to) {
        try {
            in.transferTo(to);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** The bytes must be valid UTF-8: a stray byte of another charset fails the test here. */
    private static String strictUtf8(byte[] b) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    }
}
