package io.switchboard.host.channels;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.host.live.LiveHub;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Supplier;

/**
 * {@code /webhooks/{key}/...}: providers and customer-facing clients talk to a channel
 * instance here. Authentication is the plugin's job (provider signatures, visitor tokens).
 * The body is passed as raw bytes so signatures over it verify.
 */
@Path("/webhooks/{key: [a-z0-9][a-z0-9-]*}{sub: (/.*)?}")
@PermitAll
public final class WebhookResource {

    static final int MAX_BODY = 10 * 1024 * 1024;

    private final WebhookDispatcher dispatcher;
    private final LiveHub live;
    private final Supplier<URI> publicUrl;

    public WebhookResource(WebhookDispatcher dispatcher, LiveHub live, Supplier<URI> publicUrl) {
        this.dispatcher = dispatcher;
        this.live = live;
        this.publicUrl = publicUrl;
    }

    @GET
    public Response get(@PathParam("key") String key, @PathParam("sub") String sub, @Context Request request,
                        @Context UriInfo uri, @Context HttpHeaders headers) throws IOException {
        return handle(key, sub, request, uri, headers, InputStream.nullInputStream());
    }

    @POST
    public Response post(@PathParam("key") String key, @PathParam("sub") String sub, @Context Request request,
                         @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) throws IOException {
        return handle(key, sub, request, uri, headers, body);
    }

    @PUT
    public Response put(@PathParam("key") String key, @PathParam("sub") String sub, @Context Request request,
                        @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) throws IOException {
        return handle(key, sub, request, uri, headers, body);
    }

    @PATCH
    public Response patch(@PathParam("key") String key, @PathParam("sub") String sub, @Context Request request,
                          @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) throws IOException {
        return handle(key, sub, request, uri, headers, body);
    }

    @DELETE
    public Response delete(@PathParam("key") String key, @PathParam("sub") String sub, @Context Request request,
                           @Context UriInfo uri, @Context HttpHeaders headers) throws IOException {
        return handle(key, sub, request, uri, headers, InputStream.nullInputStream());
    }

    @OPTIONS
    public Response options(@PathParam("key") String key, @PathParam("sub") String sub, @Context Request request,
                            @Context UriInfo uri, @Context HttpHeaders headers) throws IOException {
        return handle(key, sub, request, uri, headers, InputStream.nullInputStream());
    }

    private Response handle(String key, String sub, Request request, UriInfo uri, HttpHeaders headers,
                            InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return io.switchboard.host.web.ProblemBody.of(413, "Payload too large",
                    "webhook bodies are limited to 10 MiB; nothing was stored", java.util.Map.of());
        }
        String raw = uri.getRequestUri().getRawQuery();
        URI external = URI.create(publicUrl.get() + "/webhooks/" + key + sub + (raw == null ? "" : "?" + raw));
        WebhookRequest webhook = new WebhookRequest(request.getMethod(), sub, external, headers.getRequestHeaders(),
                uri.getQueryParameters(), bytes);
        return toJaxRs(key, dispatcher.dispatch(key, webhook));
    }

    private Response toJaxRs(String key, WebhookResponse response) {
        if (response instanceof WebhookResponse.EventStream stream) {
            Response.ResponseBuilder builder = Response.ok(live.openTopicStream(key + "/" + stream.topic()),
                    "text/event-stream").header("Cache-Control", "no-cache").header("X-Accel-Buffering", "no");
            stream.headers().forEach(builder::header);
            return builder.build();
        }
        WebhookResponse.Http http = (WebhookResponse.Http) response;
        Response.ResponseBuilder builder = Response.status(http.status());
        byte[] body = http.body();
        if (body.length > 0) {
            builder.entity(body);
        }
        if (http.contentType() != null) {
            builder.type(http.contentType());
        }
        http.headers().forEach(builder::header);
        return builder.build();
    }
}
