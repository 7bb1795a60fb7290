package se.samordna.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import se.samordna.shared.Text;

/**
 * Guards what a request can cost before any handler runs:
 * <ul>
 * <li>a body above the limit is refused (413): at once when its Content-Length says so, and otherwise (a chunked
 * body) as soon as more bytes than the limit have actually been read, so nothing larger is ever held in memory;</li>
 * <li>a query string or form body that cannot be decoded (an invalid %-escape, bytes that are not UTF-8) is
 * answered 400 with one short log line, never a 500.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodySizeLimitFilter.class);

    private final long maxBytes;
    private final long maxLedgerBytes;

    private final ObjectProvider<LocaleResolver> languages;

    BodySizeLimitFilter(@Value("${samordna.max-request-bytes:10485760}") long maxBytes,
                        @Value("${samordna.max-ledger-bytes:67108864}") long maxLedgerBytes, ObjectProvider<LocaleResolver> languages) {
        this.maxBytes = maxBytes;
        this.maxLedgerBytes = maxLedgerBytes;
        this.languages = languages;
    }

    /**
     * A refusal in the reader's language (the language cookie; this filter runs before the pages' own resolver), made
     * safe for the JSON string it is written into.
     */
    private String say(HttpServletRequest request, String key, Object... args) {
        LocaleResolver resolver = languages.getIfAvailable();
        return Text.of(key, args).in(resolver == null ? Text.SWEDISH : resolver.resolveLocale(request))
                .replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The books' SIE file is the one upload allowed to be larger; it is read as a stream, never held whole. */
    private long limit(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.endsWith("/ledger") || path.endsWith("/ledger.se") ? maxLedgerBytes : maxBytes;
    }

    /** The body went past the limit while it was being read. */
    static final class BodyTooLarge extends IOException {
        final long limit;

        BodyTooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limit(request);
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, say(request, "error.requestTooLarge", limit / 1024 / 1024));
            return;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name()); // as Spring's encoding filter would, before parsing
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/")) {
            try {
                request.getParameterMap(); // decode the query string and any form body now, where a failure is a 400
            } catch (RuntimeException e) {
                log.info("Refused {} {}: parameters could not be decoded ({})", request.getMethod(), request.getRequestURI(),
                        e.getClass().getSimpleName());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getWriter().write("{\"status\":400,\"title\":\"Bad Request\",\"detail\":\""
                        + say(request, "error.undecodable") + "\"}");
                return;
            }
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (causedByTooLarge(e) && !response.isCommitted()) {
                response.reset();
                tooLarge(response, say(request, "error.requestTooLarge", limit / 1024 / 1024));
                return;
            }
            throw e;
        }
    }

    static boolean causedByTooLarge(Throwable e) {
        return tooLarge(e) != null;
    }

    static BodyTooLarge tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private static void tooLarge(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"status\":413,\"title\":\"Content Too Large\",\"detail\":\"" + detail + "\"}");
    }

    /** The request with a body that stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
