package io.switchboard.plugins.email;

import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.PollResult;
import java.util.concurrent.Callable;

/**
 * One mailbox: polled over IMAP by the host, replies sent over SMTP. Every call runs with the
 * plugin's class loader as the thread's context class loader, because Jakarta Mail and
 * Jakarta Activation find their providers through it and the host's threads would otherwise
 * point them at the host, which has no mail classes.
 */
public final class EmailInstance implements ChannelInstance {

    private final MailboxPoller poller;
    private final SmtpSender sender;

    /**
     * Opens the instance; connects to nothing until the first poll or delivery.
     *
     * @param context the instance's configuration and host services
     */
    public EmailInstance(ChannelContext context) {
        EmailSettings settings = EmailSettings.from(context.config());
        MessageReader reader = new MessageReader(new MailParser(settings.maxAttachmentBytes()), context.clock(),
                context.logger());
        this.poller = new MailboxPoller(settings, reader, context.logger());
        this.sender = new SmtpSender(settings, new ReplyComposer(settings,
                new OutgoingIds(context.instanceKey(), context.signingKey(), settings.fromAddress()), context.clock()));
    }

    @Override
    public PollResult poll(String cursor) throws Exception {
        return withPluginClassLoader(() -> poller.poll(cursor));
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) throws Exception {
        return withPluginClassLoader(() -> sender.send(message));
    }

    @Override
    public void close() {
        poller.close();
    }

    private static <T> T withPluginClassLoader(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EmailInstance.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
