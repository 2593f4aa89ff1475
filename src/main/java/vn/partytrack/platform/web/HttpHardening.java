package vn.partytrack.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Method;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Two things the application cannot do from a servlet filter, done in Grizzly's HTTP filter chain of every listener
 * of the server that runs it (the run command's and the tests' alike):
 * <ul>
 * <li><b>TRACE</b> is answered {@code 405} with an {@code Allow} header and the connection closed. Grizzly reads no
 * body for TRACE, so whatever a client sends after its headers (a second request hidden as a body) would otherwise
 * be parsed and answered as the next request on the connection: request smuggling. Nothing after a TRACE's headers
 * is ever read as a request.</li>
 * <li>The server's own <b>/openapi</b> and <b>/health</b>, served outside the application, get the headers every
 * answer of the application carries ({@code nosniff}, a Content-Security-Policy, {@code Referrer-Policy}, no
 * framing, {@code no-store}), and the YAML document says it is YAML in UTF-8.</li>
 * </ul>
 * {@code SecurityIT} proves both on a raw socket and over HTTP.
 */
@WebListener
public class HttpHardening implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(HttpHardening.class.getName());
    static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    private final List<FilterChain> installedIn = new ArrayList<>();
    private final Filter filter = new Guard();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            for (FilterChain chain : chains()) {
                synchronized (chain) {
                    int http = -1;
                    boolean present = false;
                    for (int i = 0; i < chain.size(); i++) {
                        Filter f = chain.get(i);
                        if (f instanceof HttpServerFilter) {
                            http = i;
                        }
                        present |= f.getClass().getName().equals(Guard.class.getName());
                    }
                    if (http >= 0 && !present) {
                        chain.add(http + 1, filter);
                        installedIn.add(chain);
                    }
                }
            }
            LOG.fine(() -> "HTTP hardening in " + installedIn.size() + " listener(s)");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Could not install the TRACE refusal and the headers of /openapi and /health", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (FilterChain chain : installedIn) {
            synchronized (chain) {
                chain.remove(filter);
            }
        }
        installedIn.clear();
    }

    /** The filter chains of the server's network listeners (Payara's GrizzlyService, found through HK2). */
    @SuppressWarnings("unchecked")
    private static List<FilterChain> chains() throws ReflectiveOperationException {
        Object locator = Class.forName("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat").invoke(null);
        Class<?> service = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService");
        Object grizzly = locator.getClass().getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, service, new Annotation[0]);
        Field proxies = service.getDeclaredField("proxies");
        proxies.setAccessible(true);
        List<FilterChain> chains = new ArrayList<>();
        for (Object proxy : new ArrayList<>((Collection<Object>) proxies.get(grizzly))) {
            java.lang.reflect.Method underlying;
            try {
                underlying = proxy.getClass().getMethod("getUnderlyingListener");
            } catch (NoSuchMethodException e) {
                continue;
            }
            Object listener = underlying.invoke(proxy);
            Object transport = listener.getClass().getMethod("getTransport").invoke(listener);
            Object processor = transport.getClass().getMethod("getProcessor").invoke(transport);
            if (processor instanceof FilterChain chain) {
                chains.add(chain);
            }
        }
        return chains;
    }

    /** After the HTTP codec: refuses TRACE and closes; adds headers to the server's own endpoints' answers. */
    static final class Guard extends BaseFilter {

        /** Connections on which a TRACE was refused: anything read after it is dropped, never handled. */
        private final Map<Connection<?>, Boolean> refused = Collections.synchronizedMap(new WeakHashMap<>());

        @Override
        public NextAction handleRead(FilterChainContext ctx) throws IOException {
            Connection<?> connection = ctx.getConnection();
            if (refused.containsKey(connection)) {
                return ctx.getStopAction();
            }
            Object message = ctx.getMessage();
            if (message instanceof HttpContent content && content.getHttpHeader() instanceof HttpRequestPacket request
                    && Method.TRACE.equals(request.getMethod())) {
                refused.put(connection, Boolean.TRUE);
                HttpResponsePacket response = request.getResponse();
                response.setStatus(405);
                response.setReasonPhrase("Method Not Allowed");
                response.setHeader("Allow", ALLOW);
                response.setHeader("Connection", "close");
                response.setContentLength(0);
                secure(response);
                ctx.write(HttpContent.builder(response).last(true).build());
                connection.closeSilently();
                return ctx.getStopAction();
            }
            return ctx.getInvokeAction();
        }

        @Override
        public NextAction handleWrite(FilterChainContext ctx) throws IOException {
            Object message = ctx.getMessage();
            if (message instanceof HttpContent content) {
                HttpHeader header = content.getHttpHeader();
                if (header instanceof HttpResponsePacket response && !response.isCommitted() && response.getRequest() != null) {
                    String uri = response.getRequest().getRequestURI();
                    if (uri != null && (uri.equals("/openapi") || uri.startsWith("/openapi/") || uri.equals("/health")
                            || uri.startsWith("/health/"))) {
                        secure(response);
                        String type = response.getContentType();
                        if (uri.startsWith("/openapi") && (type == null || type.startsWith("text/plain"))) {
                            response.setContentType("application/yaml;charset=UTF-8");
                        } else if (type != null && type.startsWith("application/json") && !type.contains("charset")) {
                            response.setContentType("application/json;charset=UTF-8");
                        }
                    }
                }
            }
            return ctx.getInvokeAction();
        }

        private static void secure(HttpResponsePacket response) {
            HttpSafety.EVERY_RESPONSE.forEach(response::setHeader);
            response.setHeader("Content-Security-Policy", HttpSafety.OTHER_POLICY);
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
