package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Agent replies sent over real SMTP and read back from the customer's mailbox over IMAP,
 * header by header; SMTP rejections classified as the host's retry or failure.
 */
class SendingTest {

    @RegisterExtension
    static final GreenMailExtension mail = MailTestbed.server();

    private MailTestbed bed;

    @AfterEach
    void close() {
        if (bed != null) {
            bed.close();
        }
    }

    private static OutboundMessage reply(String messageId, String text, List<String> earlier) {
        return new OutboundMessage(messageId, "7", Address.email(MailTestbed.CUSTOMER), "Ada Lovelace",
                "Where is my order?", text, null, List.of(), earlier, "SB-ABCDEFGH23", null, null, "Maya", Map.of());
    }

    private MimeMessage sendAndReceive(OutboundMessage reply) throws Exception {
        DeliveryResult result = bed.instance().deliver(reply);
        assertInstanceOf(DeliveryResult.Sent.class, result, result.toString());
        List<MimeMessage> inbox = bed.customerInbox();
        assertEquals(1, inbox.size());
        return inbox.get(0);
    }

    @Test
    void aReplyCarriesTheThreadingHeadersMailClientsThreadBy() throws Exception {
        bed = MailTestbed.on(mail);
        OutboundMessage reply = reply("42", "It left the warehouse.", List.of("<q1@customer.test>",
                "<sb.41.x@desk.test>", "<q2@customer.test>"));

        MimeMessage received = sendAndReceive(reply);

        DeliveryResult.Sent sent = (DeliveryResult.Sent) bed.instance().deliver(reply);
        assertEquals(sent.externalId(), received.getHeader("Message-ID", null));
        assertTrue(sent.externalId().matches("<sb\\.42\\.[0-9a-f]{12}@desk\\.test>"), sent.externalId());
        assertEquals("<q2@customer.test>", received.getHeader("In-Reply-To", null));
        assertEquals("<q1@customer.test> <sb.41.x@desk.test> <q2@customer.test>",
                received.getHeader("References", null).replaceAll("\\s+", " "));
        assertEquals("Re: Where is my order? [SB-ABCDEFGH23]", received.getSubject());
        assertEquals("Acme Support <support@desk.test>", received.getHeader("From", null));
        assertEquals("Ada Lovelace <ada@customer.test>", received.getHeader("To", null));
    }

    @Test
    void aReplyHasAPlainTextAndAnHtmlAlternative() throws Exception {
        bed = MailTestbed.on(mail);

        MimeMessage received = sendAndReceive(reply("43", "Line one <b>not bold</b>\nLine two", List.of()));

        assertTrue(received.isMimeType("multipart/alternative"));
        Multipart parts = (Multipart) received.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Line one <b>not bold</b>\r\nLine two", ((String) parts.getBodyPart(0).getContent()).strip());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) parts.getBodyPart(1).getContent())
                .contains("Line one &lt;b&gt;not bold&lt;/b&gt;<br>\r\nLine two"));
    }

    @Test
    void everyAttemptToSendOneReplyUsesTheSameMessageId() throws Exception {
        bed = MailTestbed.on(mail);

        DeliveryResult first = bed.instance().deliver(reply("44", "hi", List.of()));
        bed.restart();
        DeliveryResult retried = bed.instance().deliver(reply("44", "hi", List.of()));

        assertEquals(first, retried);
        assertEquals(2, bed.customerInbox().stream().map(m -> header(m, "Message-ID")).filter(
                id -> id.equals(((DeliveryResult.Sent) first).externalId())).count());
    }

    @Test
    void aLongThreadKeepsItsFirstAndLatestReferencesAndNoSyntheticIds() throws Exception {
        bed = MailTestbed.on(mail);
        List<String> earlier = new ArrayList<>(IntStream.rangeClosed(1, 30).mapToObj(i -> "<m" + i + "@c.test>")
                .toList());
        earlier.add(5, "<0123abcd" + SyntheticIds.DOMAIN + ">");

        MimeMessage received = sendAndReceive(reply("45", "hi", earlier));

        List<String> references = List.of(received.getHeader("References", null).trim().split("\\s+"));
        assertEquals(ReplyComposer.MAX_REFERENCES, references.size());
        assertEquals("<m1@c.test>", references.get(0));
        assertEquals("<m12@c.test>", references.get(1));
        assertEquals("<m30@c.test>", references.get(references.size() - 1));
    }

    @Test
    void anAttachmentOfTheReplyIsSentWithItsName() throws Exception {
        bed = MailTestbed.on(mail);
        byte[] pdf = {'%', 'P', 'D', 'F'};
        OutboundMessage base = reply("46", "See the label.", List.of());
        OutboundMessage withFile = new OutboundMessage(base.messageId(), base.conversationId(), base.recipient(),
                base.recipientName(), base.subject(), base.text(), null,
                List.of(io.switchboard.api.channel.Attachment.ofBytes("štítek.pdf", "application/pdf", pdf)),
                List.of(), base.threadToken(), null, null, null, Map.of());

        MimeMessage received = sendAndReceive(withFile);

        Multipart mixed = (Multipart) received.getContent();
        assertTrue(mixed.getBodyPart(0).isMimeType("multipart/alternative"));
        assertEquals("štítek.pdf", mixed.getBodyPart(1).getFileName());
        assertArrayEquals(pdf, mixed.getBodyPart(1).getInputStream().readAllBytes());
    }

    @Test
    void aTemporarySmtpRejectionIsRetriedWithTheServersText() throws Exception {
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer("450 4.2.1 Mailbox busy, try later")) {
            bed = MailTestbed.on(mail, Map.of(EmailSettings.SMTP_PORT, String.valueOf(smtp.port())));

            DeliveryResult result = bed.instance().deliver(reply("47", "hi", List.of()));

            DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, result);
            assertEquals("SMTP 450 4.2.1 Mailbox busy, try later", retry.reason());
        }
    }

    @Test
    void aPermanentSmtpRejectionFailsTheReplyWithTheServersText() throws Exception {
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer("550 5.1.1 <ada@customer.test>: User unknown")) {
            bed = MailTestbed.on(mail, Map.of(EmailSettings.SMTP_PORT, String.valueOf(smtp.port())));

            DeliveryResult result = bed.instance().deliver(reply("48", "hi", List.of()));

            assertEquals(DeliveryResult.failed("550", "5.1.1 <ada@customer.test>: User unknown"), result);
        }
    }

    @Test
    void aRefusedConnectionIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        bed = MailTestbed.on(mail, Map.of(EmailSettings.SMTP_PORT, String.valueOf(closedPort)));

        DeliveryResult result = bed.instance().deliver(reply("49", "hi", List.of()));

        DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, result);
        assertTrue(retry.reason().startsWith("could not talk to the SMTP server"), retry.reason());
    }

    @Test
    void aReplyToMailThatHadNoSenderAddressFailsWithoutSending() throws Exception {
        bed = MailTestbed.on(mail);
        OutboundMessage base = reply("50", "hi", List.of());
        OutboundMessage toNobody = new OutboundMessage("50", "7", Address.email(Sender.UNKNOWN), null,
                base.subject(), "hi", null, List.of(), List.of(), null, null, null, null, Map.of());

        assertInstanceOf(DeliveryResult.Failed.class, bed.instance().deliver(toNobody));
        assertEquals(0, mail.getReceivedMessages().length);
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
