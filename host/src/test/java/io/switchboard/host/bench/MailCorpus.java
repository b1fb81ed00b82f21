package io.switchboard.host.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * Real-world-shaped mail for the import benchmark, by position: ten shapes in turn, from plain
 * text to HTML with an inline image, a 40 KB PDF attachment, Czech quoted-printable in
 * ISO-8859-2, a Thai base64 subject and body, replies with References and quoted history, an
 * out-of-office auto-reply and a bounce. Every message has its own sender among 500 customers
 * and its own Message-ID, so each is stored as one message.
 */
final class MailCorpus {

    static final String[] SHAPES = {"plain", "alternative", "html-only", "pdf-attachment", "inline-image",
        "czech-qp", "thai-base64", "reply-with-quote", "auto-reply", "bounce"};

    private static final String ATTACHMENT = Base64.getMimeEncoder().encodeToString(randomBytes(40 * 1024));
    private static final String IMAGE = Base64.getMimeEncoder().encodeToString(randomBytes(8 * 1024));

    private MailCorpus() {
    }

    static String shape(int index) {
        return SHAPES[index % SHAPES.length];
    }

    static byte[] message(int index, String mailbox) {
        String customer = "customer" + (index % 500) + "@customer.test";
        String headers = "From: Customer " + (index % 500) + " <" + customer + ">\r\nTo: " + mailbox
                + "\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <bench." + index + "@customer.test>\r\n"
                + "MIME-Version: 1.0\r\n";
        return switch (shape(index)) {
            case "plain" -> ascii(headers + "Subject: Order " + index + " is late\r\nContent-Type: text/plain;"
                    + " charset=utf-8\r\n\r\nHello, my order " + index + " has not arrived yet. Can you check?\r\n");
            case "alternative" -> ascii(headers + "Subject: Question " + index + "\r\nContent-Type:"
                    + " multipart/alternative; boundary=\"alt\"\r\n\r\n--alt\r\nContent-Type: text/plain;"
                    + " charset=utf-8\r\n\r\nHow do I reset my password?\r\n--alt\r\nContent-Type: text/html;"
                    + " charset=utf-8\r\n\r\n<p>How do I <b>reset</b> my password?</p>\r\n--alt--\r\n");
            case "html-only" -> ascii(headers + "Subject: Newsletter signup " + index + "\r\nContent-Type:"
                    + " text/html; charset=utf-8\r\n\r\n<html><body><p>Hi team,</p><p>please <i>remove</i> me from"
                    + " the list.</p><ul><li>one</li><li>two</li></ul></body></html>\r\n");
            case "pdf-attachment" -> ascii(headers + "Subject: Invoice " + index + "\r\nContent-Type:"
                    + " multipart/mixed; boundary=\"mix\"\r\n\r\n--mix\r\nContent-Type: text/plain\r\n\r\nInvoice"
                    + " attached.\r\n--mix\r\nContent-Type: application/pdf; name=\"invoice.pdf\"\r\n"
                    + "Content-Disposition: attachment; filename=\"invoice.pdf\"\r\nContent-Transfer-Encoding:"
                    + " base64\r\n\r\n" + ATTACHMENT + "\r\n--mix--\r\n");
            case "inline-image" -> ascii(headers + "Subject: Screenshot " + index + "\r\nContent-Type:"
                    + " multipart/related; boundary=\"rel\"\r\n\r\n--rel\r\nContent-Type: text/html\r\n\r\n<p>See"
                    + " <img src=\"cid:shot" + index + "\"></p>\r\n--rel\r\nContent-Type: image/png\r\nContent-ID:"
                    + " <shot" + index + ">\r\nContent-Transfer-Encoding: base64\r\n\r\n" + IMAGE + "\r\n--rel--\r\n");
            case "czech-qp" -> czech(headers, index);
            case "thai-base64" -> ascii(headers + "Subject: =?UTF-8?B?" + b64("สอบถามคำสั่งซื้อ " + index,
                    StandardCharsets.UTF_8) + "?=\r\nContent-Type: text/plain; charset=TIS-620\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n" + b64("สินค้ายังไม่ได้รับครับ ขอบคุณครับ",
                    Charset.forName("TIS-620")) + "\r\n");
            case "reply-with-quote" -> ascii(headers + "Subject: Re: Order " + (index - 7) + " is late\r\n"
                    + "In-Reply-To: <bench." + (index - 7) + "@customer.test>\r\nReferences: <bench." + (index - 7)
                    + "@customer.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThanks, it arrived.\r\n\r\n"
                    + "On Mon, 2 Mar 2026 at 09:00, Support <" + mailbox + "> wrote:\r\n> We shipped it.\r\n");
            case "auto-reply" -> ascii(headers + "Subject: Out of office\r\nAuto-Submitted: auto-replied\r\n"
                    + "Content-Type: text/plain\r\n\r\nI am away until Monday.\r\n");
            default -> ascii(headers.replace("Customer", "Mail Delivery System") + "Subject: Undelivered Mail\r\n"
                    + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"rep\"\r\n\r\n--rep\r\n"
                    + "Content-Type: text/plain\r\n\r\nDelivery failed.\r\n--rep\r\nContent-Type:"
                    + " message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--rep\r\nContent-Type: text/rfc822-headers"
                    + "\r\n\r\nMessage-ID: <sb.1.x@desk.test>\r\n--rep--\r\n");
        };
    }

    private static byte[] czech(String headers, int index) {
        return ascii(headers + "Subject: =?ISO-8859-2?Q?Objedn=E1vka_" + index + "_nedorazila?=\r\nContent-Type:"
                + " text/plain; charset=ISO-8859-2\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Dobr=FD den, objedn=E1vka st=E1le nedorazila. D=ECkuji, Ji=F8=ED\r\n");
    }

    private static String b64(String text, Charset charset) {
        return Base64.getEncoder().encodeToString(text.getBytes(charset));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
