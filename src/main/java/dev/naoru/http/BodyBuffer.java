package dev.naoru.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads a POST body with non-blocking servlet I/O before any handler runs, so a client that sends
 * its body slowly (or never) holds a connection, not a request thread: hundreds of slow uploads
 * cannot starve {@code /healthz}. A body that takes longer than {@code timeout} gets 408; a broken
 * one (abort, bad chunk) a 4xx problem. The complete body is then dispatched to the handlers as a
 * buffered request, which {@link Bodies} reads without blocking.
 */
final class BodyBuffer implements Filter {
    private static final String BODY = "naoru.body";

    private final int cap;
    private final Duration timeout;
    private final Consumer<ApiError> onError;

    /**
     * @param cap     bytes kept at most; one more is read so the handler can answer 413
     * @param timeout how long the whole body may take
     * @param onError counts a client failure (metrics)
     */
    BodyBuffer(int cap, Duration timeout, Consumer<ApiError> onError) {
        this.cap = cap;
        this.timeout = timeout;
        this.onError = onError;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (req.getAttribute(BODY) instanceof byte[] body) {
            chain.doFilter(new Buffered(req, body), response);
            return;
        }
        long declared = req.getContentLengthLong();
        boolean hasBody = declared > 0 || (declared < 0 && req.getHeader("Transfer-Encoding") != null);
        // Bodies answers 413 from the declared length alone, without reading.
        if (req.getDispatcherType() != DispatcherType.REQUEST || !"POST".equals(req.getMethod()) || !hasBody || declared > cap) {
            chain.doFilter(request, response);
            return;
        }
        AsyncContext async = req.startAsync();
        async.setTimeout(timeout.toMillis());
        new Reader(req, (HttpServletResponse) response, async).start();
    }

    private final class Reader implements ReadListener, AsyncListener {
        private final HttpServletRequest req;
        private final HttpServletResponse res;
        private final AsyncContext async;
        private final ServletInputStream in;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        private final AtomicBoolean done = new AtomicBoolean();

        Reader(HttpServletRequest req, HttpServletResponse res, AsyncContext async) throws IOException {
            this.req = req;
            this.res = res;
            this.async = async;
            this.in = req.getInputStream();
        }

        void start() {
            async.addListener(this);
            in.setReadListener(this);
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (in.isReady() && !in.isFinished()) {
                int n = in.read(chunk);
                if (n < 0) break;
                body.write(chunk, 0, n);
                if (body.size() > cap) {   // enough to know it is too large: the handler answers 413
                    dispatch();
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            dispatch();
        }

        @Override
        public void onError(Throwable t) {
            fail(ClientErrors.unreadableBody(t));
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            fail(ClientErrors.unreadableBody(new java.util.concurrent.TimeoutException("body not complete after " + timeout.toMillis() + " ms")));
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
            fail(ClientErrors.unreadableBody(event.getThrowable()));
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }

        private void dispatch() {
            if (!done.compareAndSet(false, true)) return;
            req.setAttribute(BODY, body.toByteArray());
            async.dispatch();
        }

        private void fail(ApiError e) {
            if (!done.compareAndSet(false, true)) return;
            onError.accept(e);
            try {
                if (!res.isCommitted()) {
                    byte[] b = dev.naoru.api.Json.write(Problems.body(e.code(), e.getMessage(), java.util.Optional.empty()))
                            .getBytes(StandardCharsets.UTF_8);
                    res.setStatus(Problems.status(e.code()));
                    res.setHeader("Connection", "close");
                    res.setContentType(Problems.MEDIA_TYPE);
                    res.setContentLength(b.length);
                    res.getOutputStream().write(b);
                }
            } catch (IOException | RuntimeException ignored) {
                // the client is gone: nothing to tell it
            } finally {
                async.complete();
            }
        }
    }

    /** The request with its body already in memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener l) {
                    throw new IllegalStateException("the body is already buffered");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
