package io.switchboard.plugins.messenger;

import io.switchboard.api.channel.Attachment;
import io.switchboard.plugins.meta.GraphClient;
import io.switchboard.plugins.meta.GraphResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Downloads an attachment from the URL its webhook named. The URL is signed by Meta's CDN and
 * needs no token, so none is sent: the page token must not travel to a file host.
 */
final class MessengerAttachments {

    private final GraphClient graph;

    MessengerAttachments(GraphClient graph) {
        this.graph = graph;
    }

    Optional<Attachment> fetch(String url) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            return Optional.empty();
        }
        GraphResponse response = graph.download(uri, false);
        // The CDN answers 403 or 404 once a signed URL has expired.
        if (response.status() == 403 || response.status() == 404 || response.status() == 410) {
            return Optional.empty();
        }
        if (!response.ok()) {
            throw new IOException("the attachment URL answered " + response.status());
        }
        Attachment named = AttachmentUrls.attachment("file", url, 1);
        String type = response.contentType().orElse(named.contentType());
        return Optional.of(Attachment.ofBytes(named.filename(), type, response.body()));
    }
}
