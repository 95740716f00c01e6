package org.bzpeer.api.mail;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * Sends mail. BZPeer configures no mail server: {@link LoggingMailTransport} writes each message (with its link)
 * to the server log. An SMTP or API-based transport implements this same interface.
 */
public interface MailTransport {

    /** One message; {@code link} is the action it carries (e.g. a confirmation link), also inside {@code body}. */
    record Message(String to, String subject, String body, String link) {
    }

    Future<Void> send(Message message);

    /**
     * Development mode only: the last message sent to {@code to}, so pages can show the link that no real mailbox
     * receives. Empty for real transports and when development mail is off.
     */
    default Optional<Message> developmentCopy(String to) {
        return Optional.empty();
    }
}
