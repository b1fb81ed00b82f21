package io.switchboard.plugins.email;

import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.OutboundMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;

/**
 * Builds the MIME message of an agent's reply so it threads in Gmail, Outlook and
 * Thunderbird: a fixed Message-ID, In-Reply-To naming the latest earlier message, References
 * naming the thread, the subject {@code Re: ... [SB-token]}, and multipart/alternative with
 * a plain-text and an HTML part (inside multipart/mixed when there are attachments).
 */
final class ReplyComposer {

    /** References kept: the thread's first message and the latest ones, as RFC 5322 suggests trimming. */
    static final int MAX_REFERENCES = 20;

    private final EmailSettings settings;
    private final OutgoingIds ids;
    private final Clock clock;

    ReplyComposer(EmailSettings settings, OutgoingIds ids, Clock clock) {
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    String messageId(OutboundMessage reply) {
        return ids.forMessage(reply.messageId());
    }

    MimeMessage compose(OutboundMessage reply, Session session) throws MessagingException {
        MimeMessage mime = new FixedIdMessage(session, messageId(reply));
        mime.setFrom(address(settings.fromAddress(), settings.fromName()));
        mime.setRecipient(Message.RecipientType.TO, address(reply.recipient().value(), reply.recipientName()));
        mime.setSubject(SubjectLines.reply(reply.subject(), reply.threadToken()), "UTF-8");
        mime.setSentDate(Date.from(clock.instant()));
        List<String> thread = reply.inReplyTo().stream().filter(MessageIds::isReal).toList();
        if (!thread.isEmpty()) {
            mime.setHeader("In-Reply-To", thread.get(thread.size() - 1));
            mime.setHeader("References", MimeUtility.fold(12, String.join(" ", trimmed(thread))));
        }
        MimeMultipart alternative = alternative(reply);
        if (reply.attachments().isEmpty()) {
            mime.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (Attachment attachment : reply.attachments()) {
                mixed.addBodyPart(attachmentPart(attachment));
            }
            mime.setContent(mixed);
        }
        mime.saveChanges();
        return mime;
    }

    private static List<String> trimmed(List<String> thread) {
        if (thread.size() <= MAX_REFERENCES) {
            return thread;
        }
        List<String> kept = new java.util.ArrayList<>();
        kept.add(thread.get(0));
        kept.addAll(thread.subList(thread.size() - (MAX_REFERENCES - 1), thread.size()));
        return kept;
    }

    private static MimeMultipart alternative(OutboundMessage reply) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(reply.text(), "UTF-8", "plain");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(reply.html() != null ? reply.html() : TextToHtml.convert(reply.text()), "UTF-8", "html");
        html.setHeader("Content-Transfer-Encoding", "quoted-printable");
        alternative.addBodyPart(html);
        return alternative;
    }

    private static MimeBodyPart attachmentPart(Attachment attachment) throws MessagingException {
        if (attachment.content() == null) {
            throw new MessagingException("attachment " + attachment.filename() + " has no content to send");
        }
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                attachment.contentType())));
        part.setFileName(attachment.filename()); // RFC 2231-encoded by Jakarta Mail when not ASCII
        part.setDisposition(attachment.inline() ? MimeBodyPart.INLINE : MimeBodyPart.ATTACHMENT);
        if (attachment.contentId() != null) {
            part.setContentID("<" + attachment.contentId() + ">");
        }
        return part;
    }

    private static InternetAddress address(String email, String name) throws MessagingException {
        try {
            return new InternetAddress(email, name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** Keeps the Message-ID it was given: Jakarta Mail would otherwise invent one on saveChanges. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
