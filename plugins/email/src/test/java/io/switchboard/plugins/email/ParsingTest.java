package io.switchboard.plugins.email;

import static io.switchboard.plugins.email.RawMail.encodedWord;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageFlag;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real-world mail, delivered over SMTP to a real IMAP server and fetched by the plugin: each
 * test is one shape of mail that clients actually send.
 */
class ParsingTest {

    @RegisterExtension
    static final GreenMailExtension mail = MailTestbed.server();

    private MailTestbed bed;

    private InboundMessage receive(byte[] raw) throws Exception {
        bed = MailTestbed.on(mail);
        bed.deliverRaw(raw);
        return bed.receiveOne();
    }

    private InboundMessage receive(String headers, String body) throws Exception {
        return receive(RawMail.of(headers, body));
    }

    @AfterEach
    void close() {
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void thaiSubjectAndSenderNameInEncodedWordsAreDecoded() throws Exception {
        InboundMessage message = receive("From: " + encodedWord("สมชาย ใจดี", "UTF-8", "B")
                + " <somchai@customer.test>\nSubject: " + encodedWord("สอบถามเรื่องคำสั่งซื้อ", "UTF-8", "B")
                + "\nMessage-ID: <th1@customer.test>", "Hello");

        assertEquals("สอบถามเรื่องคำสั่งซื้อ", message.subject());
        assertEquals("สมชาย ใจดี", message.senderName());
        assertEquals(Address.email("somchai@customer.test"), message.from());
    }

    @Test
    void czechSubjectInQuotedPrintableEncodedWordsIsDecoded() throws Exception {
        InboundMessage message = receive("From: " + encodedWord("Jiří Novák", "ISO-8859-2", "Q")
                + " <jiri@customer.test>\nSubject: " + encodedWord("Objednávka č. 42 nedorazila", "ISO-8859-2", "Q"),
                "Dobrý den");

        assertEquals("Objednávka č. 42 nedorazila", message.subject());
        assertEquals("Jiří Novák", message.senderName());
    }

    @Test
    void anEmojiSubjectSplitInsideACharacterAcrossEncodedWordsIsDecoded() throws Exception {
        String subject = "Package 📦 lost 😢";
        int insideTheParcelEmoji = "Package ".getBytes(StandardCharsets.UTF_8).length + 2;

        InboundMessage message = receive("From: ada@customer.test\nSubject: "
                + RawMail.splitEncodedWords(subject, insideTheParcelEmoji), "?");

        assertEquals(subject, message.subject());
    }

    @Test
    void anIso88592QuotedPrintableBodyIsDecoded() throws Exception {
        String czech = "Příliš žluťoučký kůň úpěl ďábelské ódy.";
        InboundMessage message = receive(RawMail.of("From: jiri@customer.test\nSubject: QP\n"
                + "Content-Type: text/plain; charset=ISO-8859-2\nContent-Transfer-Encoding: quoted-printable",
                RawMail.quotedPrintable(czech, Charset.forName("ISO-8859-2"))));

        assertEquals(czech, message.text().strip());
    }

    @Test
    void aWindows1252BodyIsDecoded() throws Exception {
        String text = "Café – “quoted” € 20";
        InboundMessage message = receive(RawMail.of("From: ada@customer.test\nSubject: cp1252\n"
                + "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit",
                text.getBytes(Charset.forName("windows-1252"))));

        assertEquals(text, message.text().strip());
    }

    @Test
    void aTis620Base64BodyIsDecoded() throws Exception {
        String thai = "สินค้ายังไม่ได้รับครับ";
        InboundMessage message = receive(RawMail.of("From: somchai@customer.test\nSubject: TIS-620\n"
                + "Content-Type: text/plain; charset=TIS-620\nContent-Transfer-Encoding: base64",
                RawMail.base64(thai.getBytes(Charset.forName("TIS-620")))));

        assertEquals(thai, message.text().strip());
    }

    @Test
    void eightBitTextWithoutACharsetIsReadAsUtf8WhenItIsValidUtf8() throws Exception {
        InboundMessage message = receive(RawMail.of("From: ada@customer.test\nSubject: no charset\n"
                + "Content-Type: text/plain\nContent-Transfer-Encoding: 8bit",
                "Grüße aus Köln".getBytes(StandardCharsets.UTF_8)));

        assertEquals("Grüße aus Köln", message.text().strip());
        assertTrue(message.properties().get(MailParser.PARSE_NOTES) == null
                || !message.properties().get(MailParser.PARSE_NOTES).isEmpty());
    }

    @Test
    void anUnknownCharsetFallsBackToWindows1252AndSaysSo() throws Exception {
        InboundMessage message = receive(RawMail.of("From: ada@customer.test\nSubject: odd charset\n"
                + "Content-Type: text/plain; charset=x-no-such-charset\nContent-Transfer-Encoding: 8bit",
                "naïve".getBytes(Charset.forName("windows-1252"))));

        assertEquals("naïve", message.text().strip());
        assertEquals("unknown charset x-no-such-charset; read as windows-1252",
                message.properties().get(MailParser.PARSE_NOTES));
    }

    @Test
    void multipartAlternativeKeepsTheTextAndTheHtml() throws Exception {
        InboundMessage message = receive("From: ada@customer.test\nSubject: alt\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/alternative; boundary=\"b1\"", """
                --b1
                Content-Type: text/plain; charset=utf-8

                Plain version
                --b1
                Content-Type: text/html; charset=utf-8

                <p>HTML <b>version</b></p>
                --b1--
                """);

        assertEquals("Plain version", message.text().strip());
        assertEquals("<p>HTML <b>version</b></p>", message.html().strip());
    }

    @Test
    void htmlOnlyMailGetsAPlainTextVersionForThePreview() throws Exception {
        InboundMessage message = receive("From: ada@customer.test\nSubject: html\nMIME-Version: 1.0\n"
                + "Content-Type: text/html; charset=utf-8", """
                <html><head><style>p {color: red}</style></head><body>
                <p>Hello&nbsp;team,</p><p>my order <b>#1234</b> is late.<br>Can you help?</p>
                <ul><li>item one</li><li>item two</li></ul></body></html>
                """);

        assertEquals("Hello team,\n\nmy order #1234 is late.\nCan you help?\n\n- item one\n- item two",
                message.text());
        assertTrue(message.html().contains("<b>#1234</b>"));
    }

    @Test
    void attachmentsAreStoredWithTheirBytesTypeAndDecodedFileName() throws Exception {
        byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII);
        InboundMessage message = receive("From: jiri@customer.test\nSubject: files\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"m\"", """
                --m
                Content-Type: text/plain; charset=utf-8

                See attached.
                --m
                Content-Type: application/pdf; name*=UTF-8''faktura%20%C4%8D.%201.pdf
                Content-Disposition: attachment; filename*=UTF-8''faktura%20%C4%8D.%201.pdf
                Content-Transfer-Encoding: base64

                """ + new String(RawMail.base64(pdf), StandardCharsets.US_ASCII) + """

                --m
                Content-Type: text/plain; name="=?UTF-8?Q?pozn=C3=A1mky.txt?="
                Content-Disposition: attachment; filename="=?UTF-8?Q?pozn=C3=A1mky.txt?="

                notes
                --m--
                """);

        assertEquals("See attached.", message.text().strip());
        assertEquals(2, message.attachments().size());
        Attachment invoice = message.attachments().get(0);
        assertEquals("faktura č. 1.pdf", invoice.filename());
        assertEquals("application/pdf", invoice.contentType());
        assertArrayEquals(pdf, invoice.content());
        assertFalse(invoice.inline());
        assertEquals("poznámky.txt", message.attachments().get(1).filename());
    }

    @Test
    void inlineImagesKeepTheirContentIdForTheHtmlToReferTo() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        InboundMessage message = receive("From: ada@customer.test\nSubject: screenshot\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/related; boundary=\"r\"", """
                --r
                Content-Type: text/html; charset=utf-8

                <p>See <img src="cid:shot1@customer.test"></p>
                --r
                Content-Type: image/png
                Content-ID: <shot1@customer.test>
                Content-Transfer-Encoding: base64

                """ + new String(RawMail.base64(png), StandardCharsets.US_ASCII) + """

                --r--
                """);

        Attachment image = message.attachments().get(0);
        assertTrue(image.inline());
        assertEquals("shot1@customer.test", image.contentId());
        assertEquals("image/png", image.contentType());
        assertEquals("attachment-1.png", image.filename());
        assertArrayEquals(png, image.content());
        assertEquals("See", message.text().strip());
    }

    @Test
    void theCustomersQuotedHistoryIsFoundForTheUiToFold() throws Exception {
        InboundMessage message = receive("From: ada@customer.test\nSubject: Re: Order", """
                Thanks, that worked!

                On Mon, 2 Mar 2026 at 10:00, Acme Support <support@desk.test> wrote:
                > Please restart the router.
                """);

        assertEquals("Thanks, that worked!\n\n", message.text().substring(0, message.quotedFrom()));
        assertTrue(message.text().substring(message.quotedFrom()).startsWith("On Mon, 2 Mar 2026"));
    }

    @Test
    void repliesCarryTheirReferencesNewestFirstAndTheTokenFromTheSubject() throws Exception {
        InboundMessage message = receive("From: ada@customer.test\nSubject: RE: Order late [SB-ABCDEFGH23]\n"
                + "Message-ID: <r2@customer.test>\nIn-Reply-To: <sb.7.abc@desk.test>\n"
                + "References: <first@customer.test>\n <sb.7.abc@desk.test>", "ok");

        assertEquals("<r2@customer.test>", message.externalId());
        assertEquals(java.util.List.of("<sb.7.abc@desk.test>", "<first@customer.test>"), message.inReplyTo());
        assertEquals("SB-ABCDEFGH23", message.threadToken());
    }

    @Test
    void anAutoReplyIsFlaggedAutomated() throws Exception {
        InboundMessage message = receive("From: ada@customer.test\nSubject: Out of office\n"
                + "Auto-Submitted: auto-replied", "I am away until Monday.");

        assertEquals(Set.of(MessageFlag.AUTOMATED), message.flags());
        assertEquals("Auto-Submitted: auto-replied", message.properties().get(MailParser.AUTOMATED_REASON));
    }

    @Test
    void bulkMailIsFlaggedAutomated() throws Exception {
        InboundMessage message = receive("From: news@shop.test\nSubject: Our sale\nPrecedence: bulk", "Buy!");

        assertTrue(message.automated());
    }

    @Test
    void aBounceIsFlaggedAndThreadsToTheMessageThatBounced() throws Exception {
        InboundMessage message = receive("From: MAILER-DAEMON@mx.customer.test\nSubject: Undelivered Mail\n"
                + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"d\"",
                """
                --d
                Content-Type: text/plain

                The mail could not be delivered to ghost@customer.test.
                --d
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; ghost@customer.test
                Action: failed
                Status: 5.1.1
                --d
                Content-Type: text/rfc822-headers

                From: support@desk.test
                To: ghost@customer.test
                Message-ID: <sb.99.abc@desk.test>
                Subject: Re: Hello
                --d--
                """);

        assertEquals(Set.of(MessageFlag.BOUNCE, MessageFlag.AUTOMATED), message.flags());
        assertTrue(message.inReplyTo().contains("<sb.99.abc@desk.test>"));
        assertTrue(message.text().startsWith("The mail could not be delivered"));
    }

    @Test
    void brokenMimeIsStoredWithWhatCouldBeReadAndAQuarantineReason() throws Exception {
        InboundMessage message = receive("From: ada@customer.test\nSubject: broken\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"declared\"", """
                --nothing-declared-this
                Content-Type: text/plain

                Text the customer wrote.
                --nothing-declared-this--
                """);

        assertTrue(message.text().contains("Text the customer wrote."));
        assertTrue(message.properties().get(MailParser.QUARANTINE_REASON).startsWith("broken multipart structure"),
                message.properties().toString());
    }

    @Test
    void mailWithoutFromIsFiledUnderTheSenderAddressItDoesHave() throws Exception {
        InboundMessage message = receive("Sender: ada@customer.test\nSubject: no from", "Who am I?");

        assertEquals(Address.email("ada@customer.test"), message.from());
        assertEquals("no usable From header; the Sender address is used instead",
                message.properties().get(MailParser.QUARANTINE_REASON));
    }

    @Test
    void mailWithoutAnySenderAddressIsFiledUnderAnUndeliverableAddressWithAReason() throws Exception {
        InboundMessage message = receive("Subject: anonymous\nTo: support@desk.test", "No sender at all.");

        assertEquals(Address.email(Sender.UNKNOWN), message.from());
        assertEquals("no From, Sender, Reply-To or Return-Path address",
                message.properties().get(MailParser.QUARANTINE_REASON));
        assertEquals("No sender at all.", message.text().strip());
    }

    @Test
    void anAttachmentOverTheLimitIsLeftOutAndListedWithTheReason() throws Exception {
        bed = MailTestbed.on(mail, java.util.Map.of(EmailSettings.MAX_ATTACHMENT_MB, "1"));
        byte[] big = new byte[1024 * 1024 + 10];
        bed.deliverRaw(RawMail.of("From: ada@customer.test\nSubject: big\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"m\"", RawMail.crlf("""
                --m
                Content-Type: text/plain

                Here is the video.
                --m
                Content-Type: video/mp4
                Content-Disposition: attachment; filename="holiday.mp4"
                Content-Transfer-Encoding: base64

                """ + new String(RawMail.base64(big), StandardCharsets.US_ASCII) + """

                --m--
                """).getBytes(StandardCharsets.US_ASCII)));

        InboundMessage message = bed.receiveOne();

        assertEquals(0, message.attachments().size());
        assertEquals("holiday.mp4 (1 MB; the limit is 1 MB)", message.properties().get(MailParser.ATTACHMENTS_OMITTED));
        assertEquals("Here is the video.", message.text().strip());
    }

    @Test
    void headersTooLongForTheDeskAreShortenedConsistentlyInsteadOfBlockingTheMailbox() throws Exception {
        String longId = "<" + "x".repeat(400) + "@customer.test>";
        InboundMessage message = receive("From: \"" + "N".repeat(300) + "\" <ada@customer.test>\nSubject: long\n"
                + "Message-ID: " + longId + "\nIn-Reply-To: " + longId, "hi");

        assertTrue(message.externalId().length() <= MessageIds.MAX_LENGTH);
        assertEquals(message.externalId(), message.inReplyTo().get(0), "a reference to it must still match");
        assertEquals(Sender.MAX_NAME, message.senderName().length());
    }

    @Test
    void mailWithoutMessageIdGetsASyntheticIdThatStaysTheSame() throws Exception {
        byte[] raw = RawMail.of("From: ada@customer.test\nSubject: no id\nDate: Mon, 2 Mar 2026 10:00:00 +0000",
                "same");
        InboundMessage first = receive(raw);
        bed.deliverRaw(raw);
        bed.cursor = null; // read the folder again from the start, as after a UIDVALIDITY change
        bed.pollAll();

        assertTrue(first.externalId().endsWith(SyntheticIds.DOMAIN + ">"), first.externalId());
        assertEquals(1, bed.stored.size(), "the same mail delivered twice is one message");
        assertNull(first.threadToken());
    }
}
