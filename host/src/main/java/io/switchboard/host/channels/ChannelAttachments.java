package io.switchboard.host.channels;

import io.switchboard.api.channel.Attachment;
import io.switchboard.host.conversations.AttachmentFetcher.AttachmentUnavailableException;
import java.util.Optional;

/** Fetches provider-held attachments through the channel instance that received them. */
public final class ChannelAttachments {

    private ChannelAttachments() {
    }

    public static Optional<Attachment> fetch(ChannelRegistry registry, long instanceId, String providerRef) {
        ChannelRuntime runtime = registry.byId(instanceId).orElseThrow(() -> new AttachmentUnavailableException(
                "the channel that received this attachment is disabled or its plugin is not started", null));
        try {
            return runtime.instance().fetchAttachment(providerRef);
        } catch (Exception | LinkageError e) {
            throw new AttachmentUnavailableException("the channel could not fetch the attachment from its provider: "
                    + e.getMessage(), e);
        }
    }
}
