package dev.naoru.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Plan stages in the order a plan walks them (contract order). */
public enum Stage {
    ISOLATE("切り分け"), REFRESH("設定の更新"), REAUTH("再認証"), RECONFIGURE("再設定"),
    SENDER("送信者側"), ESCALATE("待機・回避・問い合わせ");

    /** The contract spelling, computed once (id() is called for every step of every JSON result). */
    private final String id = name().toLowerCase(Locale.ROOT);

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** Japanese heading for readable plans. */
    public String label() {
        return label;
    }

    public static Optional<Stage> parse(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(Stage::id).collect(Collectors.joining(", "));
    }
}
