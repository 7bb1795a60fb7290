package se.samordna.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import se.samordna.shared.InvalidInputException;

/**
 * A page form refused by a rule is answered on the page it was sent from, not on the error page: the
 * page is rendered again (a GET of the page the browser names as referrer, same origin only) with the
 * refusal's status, the message above the form and what the person typed. {@code samordna.js} puts the
 * typed values back into the form whose action was refused and each message beside its field; without
 * script the messages still show at the top of the page.
 *
 * <p>Never for the API, htmx requests (they swap their own fragments) or anything but POST. Hidden
 * fields, passwords and the CSRF token are not sent back; after a conflict (someone else changed the
 * same thing) the values are not put back either, so the person starts from the newer version.
 */
public final class RefusedForms {

    /** The request attribute the layout reads. */
    static final String ATTRIBUTE = "refusedForm";

    private static final int MAX_FIELDS = 300;
    private static final int MAX_VALUE = 20_000;

    /** What the layout shows and the script puts back. */
    public record RefusedForm(String page, String action, String message, List<InvalidInputException.Problem> problems,
                              Map<String, List<String>> values) {

        /** The refused form for the page's script: the action, the typed values and the problems by place. */
        public String json() {
            StringBuilder out = new StringBuilder("{\"page\":").append(quoted(page)).append(",\"action\":").append(quoted(action))
                    .append(",\"values\":{");
            String separator = "";
            for (Map.Entry<String, List<String>> e : values.entrySet()) {
                out.append(separator).append(quoted(e.getKey())).append(":[");
                out.append(String.join(",", e.getValue().stream().map(RefusedForms::quoted).toList())).append(']');
                separator = ",";
            }
            out.append("},\"problems\":[");
            out.append(String.join(",", problems.stream()
                    .map(p -> "{\"place\":" + quoted(p.place()) + ",\"swedishPlace\":"
                            + quoted(p.placeText() == null ? p.place() : p.placeText().swedish()) + ",\"message\":" + quoted(p.message()) + "}")
                    .toList()));
            return out.append("]}").toString();
        }
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private RefusedForms() {
    }

    /** The page to answer on, or null when the refusal must go to the error page. */
    static String pageToAnswerOn(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getHeader("HX-Request") != null
                || request.getAttribute(ATTRIBUTE) != null) {
            return null;
        }
        String referer = request.getHeader("Referer");
        if (referer == null || referer.length() > 2_000) {
            return null;
        }
        try {
            URI from = new URI(referer).normalize();
            if (from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())
                    || port(from) != request.getServerPort() || from.getRawPath() == null
                    || !from.getRawPath().startsWith(request.getContextPath() + "/")) {
                return null;
            }
            String path = from.getRawPath().substring(request.getContextPath().length());
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.startsWith("/api/") || lower.startsWith("/login") || lower.startsWith("/logout") || lower.contains("..")
                    || lower.startsWith("/web-inf") || lower.startsWith("/meta-inf") || lower.contains("%2e") || lower.contains(";")
                    || request.getRequestDispatcher(path) == null) {
                return null;
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Renders the page again as a GET, with the refusal's status and the refused form for the layout. */
    static View answerOn(String page, HttpStatus status, String message, List<InvalidInputException.Problem> problems,
                         boolean keepValues) {
        return (model, request, response) -> {
            request.setAttribute(ATTRIBUTE, new RefusedForm(request.getContextPath() + page, request.getRequestURI(), message, problems,
                    keepValues ? typed(request) : Map.of()));
            response.setStatus(status.value());
            forward(page, request, response);
        };
    }

    private static void forward(String page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher(page).forward(new AsGet(request), response);
    }

    private static Map<String, List<String>> typed(HttpServletRequest request) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            String name = e.getKey();
            if (values.size() >= MAX_FIELDS || name.equals("_csrf") || name.toLowerCase(Locale.ROOT).contains("password")) {
                continue;
            }
            List<String> kept = java.util.Arrays.stream(e.getValue())
                    .map(v -> v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v).limit(MAX_FIELDS).toList();
            values.put(name, kept);
        }
        return values;
    }

    /** The refused POST seen as the GET of the page it came from: no body, no form parameters. */
    private static final class AsGet extends HttpServletRequestWrapper {

        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }
}
