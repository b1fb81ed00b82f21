package io.switchboard.plugins.whatsapp;

import io.switchboard.api.channel.Attachment;
import io.switchboard.plugins.meta.GraphClient;
import io.switchboard.plugins.meta.GraphError;
import io.switchboard.plugins.meta.GraphResponse;
import io.switchboard.plugins.meta.MetaJson;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Fetches media a customer sent, in the Cloud API's two steps: {@code GET /{version}/{media-id}}
 * answers a short-lived download URL and the MIME type, and that URL is then downloaded with
 * the same access token. Meta keeps media for a limited time; after that it is gone.
 */
final class WhatsAppMedia {

    private final GraphClient graph;

    WhatsAppMedia(GraphClient graph) {
        this.graph = graph;
    }

    Optional<Attachment> fetch(String mediaId) throws IOException, InterruptedException {
        if (!mediaId.matches("[0-9A-Za-z_.-]{1,200}")) {
            return Optional.empty();
        }
        GraphResponse described = graph.get(mediaId);
        if (gone(described)) {
            return Optional.empty();
        }
        requireOk(described, "describing media " + mediaId);
        var json = described.json().orElseThrow(() -> new IOException("the media description is not JSON"));
        URI url = URI.create(MetaJson.string(json, "url")
                .orElseThrow(() -> new IOException("the media description has no url")));
        String mimeType = MetaJson.string(json, "mime_type").orElse("application/octet-stream");
        GraphResponse file = graph.download(url, true);
        if (file.status() == 404) {
            return Optional.empty();
        }
        requireOk(file, "downloading media " + mediaId);
        return Optional.of(Attachment.ofBytes(mediaId, mimeType, file.body()));
    }

    /** Unknown or expired media: 404, or Graph's "object does not exist" (code 100). */
    private static boolean gone(GraphResponse response) {
        return response.status() == 404
                || (response.status() == 400 && GraphError.of(response).map(e -> e.code() == 100).orElse(false));
    }

    private static void requireOk(GraphResponse response, String what) throws IOException {
        if (!response.ok()) {
            throw new IOException("the Graph API answered " + response.status() + " " + what
                    + GraphError.of(response).map(e -> ": " + e.describe()).orElse(""));
        }
    }
}
