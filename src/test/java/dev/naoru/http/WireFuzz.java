package dev.naoru.http;

import dev.naoru.api.Json;
import dev.naoru.text.RandomText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Fuzz input for the wire (CLI batch lines and HTTP bodies): mutated complaints, random Unicode,
 * control characters, and raw byte damage (invalid UTF-8, bare CR, truncation) after JSON encoding.
 */
public final class WireFuzz {
    private static final String[] SEEDS = {"iPhoneでメールを取得できません", "Macのメールで送信できない、パスワードを変えた",
            "Outlookでicloudのメールが受信できない 0x800CCC0E", "迷惑メールにも入ってない", "ドコモのメールが届かなくなった",
            "androidのGmailアプリで同期できない", "パスワードが違うと何度も出る", "iCloudストレージがいっぱい"};

    /** One line: {@code intact} when its bytes are valid JSON as encoded (so its id must come back). */
    public record Line(String id, byte[] bytes, boolean intact) {
    }

    private WireFuzz() {
    }

    public static Line next(Random rnd, int n) {
        String id = "f" + n;
        String text = rnd.nextInt(3) == 0 ? RandomText.next(rnd) : mutate(rnd, SEEDS[rnd.nextInt(SEEDS.length)]);
        var o = Json.MAPPER.createObjectNode().put("id", id).put("text", text);
        if (rnd.nextInt(8) == 0) o.put("device", new String[]{"iphone", "mac", "iPhone", "nokia", ""}[rnd.nextInt(5)]);
        byte[] b = Json.write(o).getBytes(StandardCharsets.UTF_8);
        if (rnd.nextInt(4) != 0) return new Line(id, b, true);
        return new Line(id, damage(rnd, b), false);
    }

    private static String mutate(Random rnd, String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = rnd.nextInt(6); k > 0; k--) {
            int at = rnd.nextInt(sb.length() + 1);
            switch (rnd.nextInt(5)) {
                case 0 -> sb.insert(at, (char) rnd.nextInt(0x20));                  // control (CR, NUL…)
                case 1 -> sb.insert(at, (char) (0xD800 + rnd.nextInt(0x800)));     // lone surrogate
                case 2 -> sb.insert(at, new String[]{"\u202E", "\u200D", "\uFEFF", "\u2028", "\u0085", "ｱ", "Ａ"}[rnd.nextInt(7)]);
                case 3 -> { if (sb.length() > 1) sb.deleteCharAt(Math.min(at, sb.length() - 1)); }
                default -> sb.insert(at, sb.substring(0, Math.min(sb.length(), rnd.nextInt(8))));
            }
        }
        return sb.toString();
    }

    /** Raw damage to the encoded bytes; never a {@code \n}, so one line stays one line. */
    private static byte[] damage(Random rnd, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = rnd.nextInt(b.length + 1);
        out.write(b, 0, at);
        switch (rnd.nextInt(5)) {
            case 0 -> out.write(0x80 + rnd.nextInt(0x80));   // invalid UTF-8
            case 1 -> out.write('\r');                        // bare CR
            case 2 -> out.write(0);                           // raw NUL
            case 3 -> { return out.toByteArray(); }           // truncated
            default -> out.write("\"\"}{".getBytes(StandardCharsets.UTF_8), 0, 1 + rnd.nextInt(4));
        }
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }
}
