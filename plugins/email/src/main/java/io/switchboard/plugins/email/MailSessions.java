package io.switchboard.plugins.email;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * Builds the Jakarta Mail sessions of an instance: one for IMAP (lenient parsing of what
 * real mail clients send) and one for SMTP (strict, standards-conforming output). Timeouts
 * are always set, so a silent server fails a poll or a delivery instead of hanging it.
 */
final class MailSessions {

    static final int CONNECT_TIMEOUT_MS = 15_000;
    static final int READ_TIMEOUT_MS = 60_000;

    private MailSessions() {
    }

    /** The protocol name for a store or transport under this security. */
    static String protocol(String base, Security security) {
        return security == Security.TLS ? base + "s" : base;
    }

    static Session imap(EmailSettings.Server server) {
        String protocol = protocol("imap", server.security());
        Properties props = common(protocol, server);
        // Fetching a body must not flag it \Seen: that happens only once the desk committed it.
        props.setProperty("mail." + protocol + ".peek", "true");
        props.setProperty("mail." + protocol + ".fetchsize", String.valueOf(1024 * 1024));
        props.setProperty("mail.store.protocol", protocol);
        lenientParsing(props);
        return Session.getInstance(props);
    }

    static Session smtp(EmailSettings.Server server) {
        String protocol = protocol("smtp", server.security());
        Properties props = common(protocol, server);
        props.setProperty("mail." + protocol + ".auth", String.valueOf(server.user() != null));
        props.setProperty("mail.transport.protocol", protocol);
        return Session.getInstance(props);
    }

    /** A session for parsing raw messages only; never connects. */
    static Session parsing() {
        Properties props = new Properties();
        lenientParsing(props);
        return Session.getInstance(props);
    }

    private static Properties common(String protocol, EmailSettings.Server server) {
        Properties props = new Properties();
        String prefix = "mail." + protocol + ".";
        props.setProperty(prefix + "host", server.host());
        props.setProperty(prefix + "port", String.valueOf(server.port()));
        props.setProperty(prefix + "connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        props.setProperty(prefix + "timeout", String.valueOf(READ_TIMEOUT_MS));
        if (server.security() == Security.STARTTLS) {
            props.setProperty(prefix + "starttls.enable", "true");
            props.setProperty(prefix + "starttls.required", "true");
        }
        if (server.security() != Security.NONE) {
            props.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return props;
    }

    private static void lenientParsing(Properties props) {
        // Real mail has raw UTF-8 in headers and addresses that break RFC 822 syntax.
        props.setProperty("mail.mime.allowutf8", "true");
        props.setProperty("mail.mime.address.strict", "false");
    }
}
