package io.switchboard.plugins.email;

import io.switchboard.api.config.ConfigValues;

/**
 * The configuration of one email channel instance, read once when it opens.
 *
 * @param imap where mail is fetched
 * @param folder the mailbox folder that is polled
 * @param processed what happens to mail once the desk has stored it
 * @param processedFolder where processed mail is moved, for {@link Processed#MOVE}
 * @param smtp where replies are sent
 * @param fromAddress the address replies come from
 * @param fromName the display name replies come from, or {@code null}
 * @param maxAttachmentBytes the largest attachment that is stored
 */
record EmailSettings(Server imap, String folder, Processed processed, String processedFolder, Server smtp,
                     String fromAddress, String fromName, long maxAttachmentBytes) {

    static final String IMAP_HOST = "imapHost";
    static final String IMAP_PORT = "imapPort";
    static final String IMAP_SECURITY = "imapSecurity";
    static final String IMAP_USER = "imapUser";
    static final String IMAP_PASSWORD = "imapPassword";
    static final String FOLDER = "folder";
    static final String PROCESSED = "processedMail";
    static final String PROCESSED_FOLDER = "processedFolder";
    static final String SMTP_HOST = "smtpHost";
    static final String SMTP_PORT = "smtpPort";
    static final String SMTP_SECURITY = "smtpSecurity";
    static final String SMTP_USER = "smtpUser";
    static final String SMTP_PASSWORD = "smtpPassword";
    static final String FROM_ADDRESS = "fromAddress";
    static final String FROM_NAME = "fromName";
    static final String MAX_ATTACHMENT_MB = "maxAttachmentMb";

    static final long DEFAULT_MAX_ATTACHMENT_MB = 25;

    /** What to do with a message once it is stored. */
    enum Processed {
        /** Set the \Seen flag, leave it in the folder. */
        MARK_SEEN("mark-seen"),
        /** Move it to {@link EmailSettings#processedFolder()}. */
        MOVE("move");

        final String id;

        Processed(String id) {
            this.id = id;
        }

        static Processed of(String id) {
            for (Processed p : values()) {
                if (p.id.equals(id)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown processed-mail action " + id);
        }
    }

    /**
     * A mail server account.
     *
     * @param host the host name
     * @param port the port
     * @param security the transport protection
     * @param user the login, or {@code null} for none (SMTP relays)
     * @param password the password, or {@code null}
     */
    record Server(String host, int port, Security security, String user, String password) {

        /** Never shows the password. */
        @Override
        public String toString() {
            return security.id() + "://" + (user == null ? "" : user + "@") + host + ":" + port;
        }
    }

    /**
     * Reads the settings from resolved values (defaults applied by the schema).
     *
     * @param config the values
     * @return the settings
     */
    static EmailSettings from(ConfigValues config) {
        Server imap = new Server(config.require(IMAP_HOST), (int) config.getLong(IMAP_PORT, 993),
                Security.of(config.get(IMAP_SECURITY).orElse("tls")), config.require(IMAP_USER),
                config.get(IMAP_PASSWORD).orElse(null));
        Server smtp = new Server(config.require(SMTP_HOST), (int) config.getLong(SMTP_PORT, 465),
                Security.of(config.get(SMTP_SECURITY).orElse("tls")), config.get(SMTP_USER).orElse(null),
                config.get(SMTP_PASSWORD).orElse(null));
        return new EmailSettings(imap, config.get(FOLDER).orElse("INBOX"),
                Processed.of(config.get(PROCESSED).orElse(Processed.MARK_SEEN.id)),
                config.get(PROCESSED_FOLDER).orElse("Processed"), smtp, config.require(FROM_ADDRESS),
                config.get(FROM_NAME).filter(n -> !n.isBlank()).orElse(null),
                config.getLong(MAX_ATTACHMENT_MB, DEFAULT_MAX_ATTACHMENT_MB) * 1024 * 1024);
    }
}
