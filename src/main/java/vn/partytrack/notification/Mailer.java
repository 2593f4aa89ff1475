package vn.partytrack.notification;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends e-mail through the SMTP server in PARTYTRACK_MAIL_HOST (and _PORT, _FROM, _USERNAME, _PASSWORD), after the
 * transaction that produced it commits, off the request thread. Without a host, in-app notifications are all there is.
 * <p>
 * Delivery runs on plain threads of its own, not on the container's managed executor: a managed task inherits the
 * request's invocation context, and when it ended it closed the request's entity managers under the request's feet
 * (the Faces answer then failed). Sending mail needs no container context.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "partytrack.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "partytrack.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "partytrack.mail.from", defaultValue = "partytrack@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "partytrack.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "partytrack.mail.password")
    Optional<String> password;

    private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "partytrack-mail");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        executor.shutdown();
        try {
            executor.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean configured() {
        return host.isPresent() && !host.get().isBlank();
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        if (!configured() || mail.to() == null || mail.to().isBlank()) {
            return;
        }
        executor.execute(() -> deliver(mail));
    }

    private void deliver(Mail mail) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        boolean authenticate = username.isPresent() && !username.get().isBlank();
        properties.put("mail.smtp.auth", String.valueOf(authenticate));
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            if (authenticate) {
                Transport.send(message, username.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send e-mail to " + mail.to() + ": " + e.getMessage());
        }
    }
}
