package vn.partytrack.platform.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a signed-in page session lives without a request: {@code partytrack.session.idle-seconds}
 * (PARTYTRACK_SESSION_IDLE_SECONDS; 30 minutes in microprofile-config.properties). After that the next request meets the login page.
 */
@WebListener
public class SessionIdleTime implements HttpSessionListener {

    private final int idleSeconds = ConfigProvider.getConfig()
            .getValue("partytrack.session.idle-seconds", Integer.class);

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleSeconds);
    }
}
