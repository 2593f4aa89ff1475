package vn.partytrack.platform.web;

import jakarta.annotation.Resource;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.partytrack.platform.PartyTrackDatabase;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The district's dashboard and tracker pages, kept as rendered for the next identical request.
 * <p>
 * A page opts in ({@link #allow}) only when its view is stateless, so that what it sends holds nothing of a session:
 * no view state to restore, and PrimeFaces takes the nonce a postback carries. A kept page is served again only to
 * the same account, in the same language, for the same address, on the same day, and while PostgreSQL's snapshot
 * ({@code pg_current_snapshot()}) is the same. That snapshot names every transaction that has committed, so any
 * write anywhere (a report submitted, a unit renamed, the account's own role changed, on this instance or another)
 * gives a new key and the page is rendered afresh. The snapshot is read before the page is rendered: a page rendered
 * with a transaction that committed meanwhile is stored under a key no later request can have.
 * <p>
 * Each page served from here gets a fresh Content-Security-Policy nonce, replaced in the header and in the page.
 * At most {@link #CAPACITY} pages and {@link #BUDGET} bytes are kept (least recently used go first; a page is about
 * 40 KB); a request that brings messages from the
 * previous one (Faces' flash cookie) is always rendered, and once a session's page at an address was not allowed (a
 * secretary's home), that session's later requests for it skip the snapshot query and the buffering.
 * {@code partytrack.page-cache=false} (PARTYTRACK_PAGE_CACHE) renders every request.
 */
@WebFilter(urlPatterns = {"/index.xhtml", "/assessment/tracker.xhtml"}, asyncSupported = true)
public class PageCache extends HttpFilter {

    static final int CAPACITY = 256;
    static final long BUDGET = 32L * 1024 * 1024;
    private static final int LARGEST = 2 * 1024 * 1024;
    private static final String ALLOWED = PageCache.class.getName() + ".allowed";
    private static final String FLASH_COOKIE = "csfcfc";
    private static final String NEVER_KEPT = PageCache.class.getName() + ".neverKept:";
    /** Response header saying whether the page came from here: "hit" or "miss" (tests and benchmarks read it). */
    public static final String HEADER = "X-Page-Cache";

    @Resource(lookup = PartyTrackDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Clock clock;

    private final boolean enabled = ConfigProvider.getConfig()
            .getValue("partytrack.page-cache", Boolean.class);

    private final Shelf pages = new Shelf(CAPACITY, BUDGET);

    /**
     * Called by a page whose content depends only on what the key covers. Its output is kept only if every form in it
     * is stateless.
     */
    public static void allow() {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(ALLOWED, Boolean.TRUE);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || !"GET".equals(request.getMethod()) || request.getUserPrincipal() == null || carriesFlash(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HEADER, "miss");
        if (neverKept(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key;
        try {
            key = key(request);
        } catch (SQLException e) {
            chain.doFilter(request, response); // the page itself reports the database as unavailable
            return;
        }
        Page kept = pages.get(key);
        if (kept != null) {
            kept.writeTo(response);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        if (capture.passedThrough) {
            return;
        }
        byte[] body = capture.body();
        boolean allowed = Boolean.TRUE.equals(request.getAttribute(ALLOWED));
        if (!allowed) {
            // a secretary's home: this session's page at this address is not kept; skip the lookup from now on
            request.getSession().setAttribute(NEVER_KEPT + request.getRequestURI(), Boolean.TRUE);
        }
        Page page = allowed ? Page.of(response, body) : null;
        if (page != null) {
            pages.put(key, page);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Skipping the cache is always safe: a session whose role changes meanwhile just renders every page. */
    private static boolean neverKept(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(NEVER_KEPT + request.getRequestURI()) != null;
    }

    private static boolean carriesFlash(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (FLASH_COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private String key(HttpServletRequest request) throws SQLException {
        String snapshot;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT pg_current_snapshot()::text")) {
            r.next();
            snapshot = r.getString(1);
        }
        return request.getUserPrincipal().getName() + '\n' + localeSelection.getLanguage() + '\n' + LocalDate.now(clock)
                + '\n' + request.getRequestURI() + '?' + request.getQueryString() + '\n' + snapshot;
    }

    /** The kept pages, least recently used first out when there are more than {@code capacity} or {@code budget} bytes. */
    static final class Shelf {
        private final int capacity;
        private final long budget;
        private final LinkedHashMap<String, Page> pages;
        private long bytes;

        Shelf(int capacity, long budget) {
            this.capacity = capacity;
            this.budget = budget;
            this.pages = new LinkedHashMap<>(capacity, 0.75f, true);
        }

        synchronized Page get(String key) {
            return pages.get(key);
        }

        synchronized void put(String key, Page page) {
            Page replaced = pages.put(key, page);
            bytes += page.body().length - (replaced == null ? 0 : replaced.body().length);
            var eldest = pages.values().iterator();
            while (pages.size() > capacity || bytes > budget) {
                bytes -= eldest.next().body().length;
                eldest.remove();
            }
        }

        synchronized int size() {
            return pages.size();
        }

        synchronized long bytes() {
            return bytes;
        }
    }

    /** A view state that names a view kept in the session: such a page belongs to that session alone. */
    private static final Pattern STATEFUL = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"(?!stateless\")");

    /** A rendered page: its headers and body, with where the nonce stands in them. */
    record Page(String contentType, List<String[]> headers, byte[] body, String nonce, int[] nonceAt) {

        static Page of(HttpServletResponse response, byte[] body) {
            if (response.getStatus() != 200 || body.length > LARGEST || response.containsHeader("Set-Cookie")
                    || STATEFUL.matcher(new String(body, StandardCharsets.ISO_8859_1)).find()) {
                return null;
            }
            String policy = response.getHeader("Content-Security-Policy");
            int at = policy == null ? -1 : policy.indexOf("'nonce-");
            if (at < 0) {
                return null;
            }
            String nonce = policy.substring(at + 7, policy.indexOf('\'', at + 7));
            List<String[]> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Content-Type")
                        && !name.equalsIgnoreCase("Date") && !name.equalsIgnoreCase("Transfer-Encoding")
                        && !name.equalsIgnoreCase(HEADER)) {
                    for (String value : response.getHeaders(name)) {
                        headers.add(new String[] {name, value});
                    }
                }
            }
            return new Page(response.getContentType(), headers, body, nonce, find(body, nonce.getBytes(StandardCharsets.US_ASCII)));
        }

        void writeTo(HttpServletResponse response) throws IOException {
            String fresh = freshNonce();
            byte[] freshBytes = fresh.getBytes(StandardCharsets.US_ASCII);
            byte[] out = body.clone();
            for (int at : nonceAt) {
                System.arraycopy(freshBytes, 0, out, at, freshBytes.length);
            }
            response.setStatus(HttpServletResponse.SC_OK); // only a 200 is kept
            response.setContentType(contentType);
            for (String[] header : headers) {
                response.setHeader(header[0], header[1].replace(nonce, fresh));
            }
            response.setHeader(HEADER, "hit");
            response.setContentLength(out.length);
            response.getOutputStream().write(out);
        }

        /** A nonce like PrimeFaces' own (Base64 of a random UUID, the same length as the one it replaces). */
        private static String freshNonce() {
            return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        }

        static int[] find(byte[] body, byte[] what) {
            List<Integer> found = new ArrayList<>();
            outer:
            for (int i = 0; i <= body.length - what.length; i++) {
                for (int j = 0; j < what.length; j++) {
                    if (body[i + j] != what[j]) {
                        continue outer;
                    }
                }
                found.add(i);
                i += what.length - 1;
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Keeps the page's body instead of sending it; redirects and errors go straight through. */
    static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        boolean passedThrough;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedThrough = true;
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passedThrough = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passedThrough = true;
            super.sendError(sc);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(bytes, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            flushBuffer();
            bytes.reset();
        }

        @Override
        public void reset() {
            resetBuffer();
            super.reset();
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public boolean isCommitted() {
            return passedThrough && super.isCommitted();
        }

        byte[] body() {
            flushBuffer();
            return bytes.toByteArray();
        }
    }
}
