package dev.naoru.http;

import dev.naoru.api.ErrorCode;
import dev.naoru.api.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Jetty's own errors (a request line or header Jetty refuses before Javalin sees it) as problem+json
 * too, never an HTML page or a stack trace.
 */
final class JettyProblemHandler extends ErrorHandler {
    JettyProblemHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    private static byte[] body(int status, String reason) {
        ErrorCode code = switch (status) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.BODY_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.INVALID_REQUEST;
        };
        var o = Problems.body(code, reason == null || reason.isBlank() ? "HTTP " + status : reason, Optional.empty());
        o.put("title", HttpStatus.getMessage(status));
        o.put("status", status);
        return Json.write(o).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        byte[] b = body(code, message);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setContentLength(b.length);
        response.getOutputStream().write(b);
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }
}
