package io.switchboard.host.testing.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * A real IMAP and SMTP server (GreenMail) with a real mail client (Jakarta Mail) to talk to
 * it. Loaded only inside {@link MailServer}'s own class loader, so its methods speak JDK types
 * only: the test's class path has no mail classes, like the host in production.
 */
public final class GreenMailKit implements AutoCloseable {

    private final GreenMail greenMail;

    public GreenMailKit() {
        greenMail = inOwnLoader(() -> {
            ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            ServerSetup imap = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
            GreenMail server = new GreenMail(new ServerSetup[] {smtp, imap});
            server.start();
            return server;
        });
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public void createUser(String email, String password) {
        inOwnLoader(() -> greenMail.setUser(email, email, password));
    }

    /**
     * Sends a mail over SMTP. {@code headers} may set Message-ID, In-Reply-To, References and
     * any other header; an attachment is added when {@code attachmentName} is not null.
     */
    public void send(String from, String to, String subject, String text, Map<String, String> headers,
                     String attachmentName, String attachmentType, byte[] attachment) {
        inOwnLoader(() -> {
            Session session = smtpSession();
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    if (getHeader("Message-ID") == null) {
                        super.updateMessageID();
                    }
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            for (Map.Entry<String, String> header : headers.entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            if (attachmentName == null) {
                message.setText(text, "UTF-8");
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setText(text, "UTF-8");
                mixed.addBodyPart(body);
                MimeBodyPart file = new MimeBodyPart();
                file.setContent(attachment, attachmentType);
                file.setHeader("Content-Type", attachmentType);
                file.setFileName(attachmentName);
                file.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(file);
                message.setContent(mixed);
            }
            Transport.send(message);
            return null;
        });
    }

    /** Sends raw RFC 5322 bytes over SMTP, unchanged. */
    public void sendRaw(byte[] raw, String to) {
        inOwnLoader(() -> {
            Session session = smtpSession();
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(message, new InternetAddress[] {new InternetAddress(to)});
            }
            return null;
        });
    }

    /** Sends raw messages over one SMTP connection, unchanged. */
    public void sendRawAll(List<byte[]> raws, String to) {
        inOwnLoader(() -> {
            Session session = smtpSession();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                InternetAddress[] recipients = {new InternetAddress(to)};
                for (byte[] raw : raws) {
                    transport.sendMessage(new MimeMessage(session, new ByteArrayInputStream(raw)), recipients);
                }
            }
            return null;
        });
    }

    /**
     * The mailbox of a user as their mail client reads it over IMAP: per message its headers
     * (each name once, values joined by newlines) plus {@code body.text}, {@code body.html}
     * and {@code body.contentType}.
     */
    public List<Map<String, String>> inbox(String email, String password) {
        return inOwnLoader(() -> {
            Properties props = new Properties();
            props.setProperty("mail.imap.host", "127.0.0.1");
            props.setProperty("mail.imap.port", String.valueOf(imapPort()));
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(email, password);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Map<String, String>> messages = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    messages.add(describe(message));
                }
                inbox.close(false);
                return messages;
            } finally {
                store.close();
            }
        });
    }

    private static Map<String, String> describe(Message message) throws MessagingException, IOException {
        Map<String, String> described = new LinkedHashMap<>();
        for (Enumeration<jakarta.mail.Header> headers = message.getAllHeaders(); headers.hasMoreElements(); ) {
            jakarta.mail.Header header = headers.nextElement();
            described.merge(header.getName(), header.getValue(), (a, b) -> a + "\n" + b);
        }
        described.put("body.contentType", message.getContentType());
        collectBodies(message, described);
        return described;
    }

    private static void collectBodies(Part part, Map<String, String> into) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder types = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                types.append(i == 0 ? "" : ",").append(multipart.getBodyPart(i).getContentType().split(";")[0]);
                collectBodies(multipart.getBodyPart(i), into);
            }
            into.putIfAbsent("body.parts", types.toString());
        } else if (part.isMimeType("text/plain")) {
            into.putIfAbsent("body.text", (String) part.getContent());
        } else if (part.isMimeType("text/html")) {
            into.putIfAbsent("body.html", (String) part.getContent());
        }
    }

    private Session smtpSession() {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", String.valueOf(smtpPort()));
        props.setProperty("mail.smtp.localhost", "localhost"); // no host name lookup per connection
        return Session.getInstance(props);
    }

    /** Runs with this loader as context class loader: Jakarta Mail finds its providers through it. */
    private static <T> T inOwnLoader(Callable<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(GreenMailKit.class.getClassLoader());
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.toString(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() {
        inOwnLoader(() -> {
            greenMail.stop();
            return null;
        });
    }
}
