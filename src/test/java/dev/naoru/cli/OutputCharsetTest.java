package dev.naoru.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The charset choices for the C locale (CLocaleIT runs the jar in it). */
class OutputCharsetTest {
    @Test
    void outputIsUtf8WhereThePlatformCharsetCannotWriteJapanese() {
        assertThat(Main.outputCharset(StandardCharsets.US_ASCII)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Main.outputCharset(StandardCharsets.ISO_8859_1)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Main.outputCharset(StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Main.outputCharset(Charset.forName("EUC-JP"))).isEqualTo(Charset.forName("EUC-JP"));   // a Japanese terminal keeps its own
    }

    @Test
    void aTextGarbledByAnAsciiLocaleIsRefused() {
        assertThatThrownBy(() -> RequestOptions.refuseGarbledText("iPhone?????????????????", StandardCharsets.US_ASCII))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("the text arrived as 'iPhone???").hasMessageContaining("(US-ASCII) cannot carry Japanese")
                .hasMessageContaining("LC_ALL=C.UTF-8");
        assertThatThrownBy(() -> RequestOptions.refuseGarbledText("iPhone\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD", StandardCharsets.US_ASCII))
                .isInstanceOf(CliException.class).hasMessageContaining("the text arrived as 'iPhone??????'");
    }

    @Test
    void anAsciiTextWithAQuestionMarkOrAUtf8LocaleIsLeftAlone() {
        assertThatNoException().isThrownBy(() -> RequestOptions.refuseGarbledText("iCloud mail not working?", StandardCharsets.US_ASCII));
        assertThatNoException().isThrownBy(() -> RequestOptions.refuseGarbledText("メール来ない???", StandardCharsets.US_ASCII));
        assertThatNoException().isThrownBy(() -> RequestOptions.refuseGarbledText("why??? mail", StandardCharsets.UTF_8));
    }
}
