package org.bzpeer.api.mail;

import io.vertx.core.Future;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every message to the server log (logger {@code org.bzpeer.api.mail}). With {@code developmentCopies}
 * (BZPEER_DEV_MAIL=1) it also keeps the last message per recipient in memory (at most 1,000 recipients) so the
 * pages can show the link.
 */
public final class LoggingMailTransport implements MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingMailTransport.class);
    private static final int MAX_KEPT = 1000;

    private final boolean developmentCopies;
    private final Map<String, Message> lastByRecipient = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Message> eldest) {
                    return size() > MAX_KEPT;
                }
            });

    public LoggingMailTransport(boolean developmentCopies) {
        this.developmentCopies = developmentCopies;
    }

    @Override
    public Future<Void> send(Message message) {
        LOG.info("Mail to {}: {} — {}", message.to(), message.subject(), message.link());
        if (developmentCopies) {
            lastByRecipient.put(message.to(), message);
        }
        return Future.succeededFuture();
    }

    @Override
    public Optional<Message> developmentCopy(String to) {
        return developmentCopies ? Optional.ofNullable(lastByRecipient.get(to)) : Optional.empty();
    }
}
