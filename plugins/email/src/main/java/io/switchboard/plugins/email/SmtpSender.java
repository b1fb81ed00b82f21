package io.switchboard.plugins.email;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends replies over SMTP, one connection per reply (deliveries run on several host threads
 * at once and are minutes apart per conversation, so pooling would buy little). Answers the
 * host with the reply's Message-ID, or a retry or permanent failure from {@link SmtpFailures}.
 */
final class SmtpSender {

    private final EmailSettings settings;
    private final ReplyComposer composer;
    private final Session session;

    SmtpSender(EmailSettings settings, ReplyComposer composer) {
        this.settings = settings;
        this.composer = composer;
        this.session = MailSessions.smtp(settings.smtp());
    }

    DeliveryResult send(OutboundMessage reply) {
        if (!reply.recipient().kind().equals(AddressKind.EMAIL)) {
            return DeliveryResult.failed("", "the email channel cannot send to a " + reply.recipient().kind().id()
                    + " address");
        }
        String domain = reply.recipient().value().substring(reply.recipient().value().lastIndexOf('@') + 1);
        if (domain.equals("invalid") || domain.endsWith(".invalid")) {
            return DeliveryResult.failed("", "the customer's mail had no usable sender address, so there is no"
                    + " address to reply to");
        }
        try {
            MimeMessage mime = composer.compose(reply, session);
            var smtp = settings.smtp();
            try (Transport transport = session.getTransport()) {
                transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
                transport.sendMessage(mime, mime.getAllRecipients());
            }
            return DeliveryResult.sent(composer.messageId(reply));
        } catch (MessagingException e) {
            return SmtpFailures.classify(e, settings.smtp());
        }
    }
}
