package dev.naoru.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.naoru.api.ErrorCode;
import dev.naoru.api.Json;
import dev.naoru.api.ReloadOutcome;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /v1/admin/reload} with {@code Authorization: Bearer TOKEN}: reloads the KB through the
 * validated atomic swap and answers with the outcome. The token is compared in constant time
 * (SHA-256 of both sides through {@link MessageDigest#isEqual}, so neither content nor length leaks).
 */
final class AdminReload {
    private final byte[] expected;
    private final Reloader reloader;

    AdminReload(String token, Reloader reloader) {
        this.expected = sha256(token);
        this.reloader = reloader;
    }

    void handle(Context ctx) {
        authorize(ctx.header("Authorization"), ctx);
        ReloadOutcome o = reloader.reload("admin");
        if (o.kind() == ReloadOutcome.Kind.FAILED) {
            throw new ApiError(ErrorCode.RELOAD_FAILED, "the KB or rules on disk were refused; still serving version " + o.version(),
                    Optional.empty(), o.problems());
        }
        ObjectNode n = Json.MAPPER.createObjectNode().put("outcome", o.kind().name().toLowerCase(Locale.ROOT))
                .put("version", o.version()).put("previous", o.previous());
        n.putArray("problems");
        ctx.contentType(DiagnoseHandlers.JSON).result(Json.write(n));
    }

    private void authorize(String header, Context ctx) {
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(sha256(given), expected)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"naoru-admin\"");
            throw new ApiError(ErrorCode.UNAUTHORIZED, header == null
                    ? "send the admin token as 'Authorization: Bearer TOKEN'" : "the admin token is not accepted");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
