package io.switchboard.host.conversations;

import io.switchboard.api.channel.Attachment;
import java.util.Optional;

/** Fetches a file a provider keeps, through the channel plugin that received it. */
@FunctionalInterface
public interface AttachmentSource {

    /**
     * The file's bytes.
     *
     * @param instanceId the channel instance the message came through
     * @param providerRef the plugin's reference
     * @return the file, or empty when the provider no longer has it
     * @throws Exception when the provider cannot be reached
     */
    Optional<Attachment> fetch(long instanceId, String providerRef) throws Exception;
}
