package io.switchboard.host.conversations;

import io.switchboard.api.channel.Attachment;
import java.util.Optional;

/**
 * Fetches an attachment its provider keeps, through the channel instance that received it
 * ({@code ChannelInstance.fetchAttachment}).
 */
@FunctionalInterface
public interface AttachmentFetcher {

    /**
     * @param instanceId the channel instance the message came through
     * @param providerRef the plugin's reference
     * @return the attachment with its bytes, or empty when the provider no longer has it
     * @throws AttachmentUnavailableException when the channel is unavailable or the provider failed
     */
    Optional<Attachment> fetch(long instanceId, String providerRef);

    /** Why the bytes could not be fetched now; the agent may try again later. */
    final class AttachmentUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AttachmentUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
