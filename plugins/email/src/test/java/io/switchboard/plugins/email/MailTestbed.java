package io.switchboard.plugins.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.switchboard.api.channel.PollResult;
import io.switchboard.api.channel.event.InboundEvent;
import io.switchboard.api.channel.event.InboundMessage;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * An email instance against a real in-process IMAP/SMTP server (GreenMail), with a host
 * stand-in that commits what a poll returned exactly as the host does: events stored once per
 * external id, and the cursor saved with them.
 */
final class MailTestbed implements AutoCloseable {

    static final String SUPPORT = "support@desk.test";
    static final String PASSWORD = "secret-password";
    static final String CUSTOMER = "ada@customer.test";

    final GreenMailExtension mail;
    final Map<String, InboundMessage> stored = new LinkedHashMap<>();
    String cursor;
    private final Map<String, String> config;
    private EmailInstance instance;

    private MailTestbed(GreenMailExtension mail, Map<String, String> extraConfig) {
        this.mail = mail;
        mail.setUser(SUPPORT, SUPPORT, PASSWORD);
        mail.setUser(CUSTOMER, CUSTOMER, PASSWORD);
        Map<String, String> values = new HashMap<>(Map.of(
                EmailSettings.IMAP_HOST, "127.0.0.1",
                EmailSettings.IMAP_PORT, String.valueOf(mail.getImap().getPort()),
                EmailSettings.IMAP_SECURITY, "none",
                EmailSettings.IMAP_USER, SUPPORT,
                EmailSettings.IMAP_PASSWORD, PASSWORD,
                EmailSettings.SMTP_HOST, "127.0.0.1",
                EmailSettings.SMTP_PORT, String.valueOf(mail.getSmtp().getPort()),
                EmailSettings.SMTP_SECURITY, "none",
                EmailSettings.FROM_ADDRESS, SUPPORT,
                EmailSettings.FROM_NAME, "Acme Support"));
        values.putAll(extraConfig);
        this.config = values;
        this.instance = open();
    }

    /** The server every test class registers: SMTP and IMAP on test ports, fresh per test. */
    static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP_IMAP);
    }

    static MailTestbed on(GreenMailExtension mail) {
        return new MailTestbed(mail, Map.of());
    }

    static MailTestbed on(GreenMailExtension mail, Map<String, String> extraConfig) {
        return new MailTestbed(mail, extraConfig);
    }

    EmailInstance instance() {
        return instance;
    }

    private EmailInstance open() {
        return (EmailInstance) new EmailConnector().open(new InMemoryChannelContext(config));
    }

    /** Closes the instance and opens a new one, as after a host restart; stored data stays. */
    void restart() {
        instance.close();
        instance = open();
    }

    /** One poll whose result is committed. */
    PollResult pollAndCommit() throws Exception {
        PollResult result = instance.poll(cursor);
        commit(result);
        return result;
    }

    /** Polls and commits until the plugin says nothing more is ready; returns what was new. */
    List<InboundMessage> pollAll() throws Exception {
        List<InboundMessage> fresh = new ArrayList<>();
        PollResult result;
        do {
            int before = stored.size();
            result = pollAndCommit();
            fresh.addAll(new ArrayList<>(stored.values()).subList(before, stored.size()));
        } while (result.more());
        return fresh;
    }

    void commit(PollResult result) {
        for (InboundEvent event : result.events()) {
            InboundMessage message = (InboundMessage) event;
            stored.putIfAbsent(message.externalId(), message);
        }
        if (result.cursor() != null) {
            cursor = result.cursor();
        }
    }

    /** Polls everything and returns the only new message. */
    InboundMessage receiveOne() throws Exception {
        List<InboundMessage> fresh = pollAll();
        if (fresh.size() != 1) {
            throw new AssertionError("expected one new message, got " + fresh.size() + ": " + fresh);
        }
        return fresh.get(0);
    }

    /** Sends raw RFC 5322 bytes to the support mailbox over SMTP, unchanged. */
    void deliverRaw(String raw) throws MessagingException {
        deliverRaw(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    void deliverRaw(byte[] raw) throws MessagingException {
        Session session = smtpSession();
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(SUPPORT)});
        }
    }

    /** Sends a message built by the test to the support mailbox over SMTP. */
    void deliver(MimeMessage message) throws MessagingException {
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
        Transport.send(message);
    }

    /** A session of a customer's mail client, talking to the test SMTP server. */
    Session smtpSession() {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        return Session.getInstance(props);
    }

    /** Subjects of the support mailbox's messages in a folder, each with whether it is \\Seen. */
    Map<String, Boolean> supportFolder(String name) throws MessagingException {
        Store store = imapStore(SUPPORT);
        try {
            Folder folder = store.getFolder(name);
            Map<String, Boolean> seen = new LinkedHashMap<>();
            if (!folder.exists()) {
                return seen;
            }
            folder.open(Folder.READ_ONLY);
            for (Message message : folder.getMessages()) {
                seen.put(message.getSubject(), message.isSet(jakarta.mail.Flags.Flag.SEEN));
            }
            folder.close(false);
            return seen;
        } finally {
            store.close();
        }
    }

    private Store imapStore(String user) throws MessagingException {
        Properties props = new Properties();
        props.setProperty("mail.imap.host", "127.0.0.1");
        props.setProperty("mail.imap.port", String.valueOf(mail.getImap().getPort()));
        props.setProperty("mail.imap.peek", "true");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect(user, PASSWORD);
        return store;
    }

    /** Sends simple mail with a subject from the customer to the support mailbox. */
    void deliverSimple(String subject) throws MessagingException {
        deliverRaw("From: " + CUSTOMER + "\r\nTo: " + SUPPORT + "\r\nSubject: " + subject + "\r\n\r\nBody of "
                + subject + "\r\n");
    }

    /** The messages in the customer's mailbox, as their mail client reads them over IMAP. */
    List<MimeMessage> customerInbox() throws MessagingException {
        Store store = imapStore(CUSTOMER);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) message));
            }
            inbox.close(false);
            return copies;
        } finally {
            store.close();
        }
    }

    @Override
    public void close() {
        instance.close();
    }
}
