package io.switchboard.plugins.webchat;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.InboundEvent;
import java.util.List;

/**
 * Who the visitor is: {@code POST /visitors} creates one and hands out its token,
 * {@code POST /contact} records the name and email they leave.
 */
final class VisitorEndpoints {

    private final VisitorTokens tokens;

    VisitorEndpoints(VisitorTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * {@code POST /visitors} with an optional {@code {"name","email"}}: 201
     * {@code {"visitorId","token"}}, plus a contact update when details were given.
     *
     * @param request the request
     * @return the new visitor
     */
    WebhookResult create(WebhookRequest request) {
        ContactDetails details = ContactDetails.parse(JsonBodies.object(request, true));
        Visitor visitor = new Visitor(tokens.newVisitorId());
        List<InboundEvent> events = details.isEmpty() ? List.of() : List.of(details.toUpdate(visitor));
        return WebhookResult.accept(events,
                JsonAnswers.uncached(201, WebChatJson.visitor(visitor.id(), tokens.issue(visitor.id()))));
    }

    /**
     * {@code POST /contact} with {@code {"email","name"}}: 200 with the details as stored and
     * a contact update. The email is required: it is what makes the visitor a known contact.
     *
     * @param request the request
     * @param visitor the visitor
     * @return the update and the answer
     */
    WebhookResult saveContact(WebhookRequest request, Visitor visitor) {
        JsonObject body = JsonBodies.object(request, false);
        ContactDetails details = ContactDetails.parse(body);
        if (details.email() == null) {
            throw RequestProblem.badRequest("'email' is required");
        }
        return WebhookResult.accept(List.of(details.toUpdate(visitor)),
                JsonAnswers.uncached(200, WebChatJson.contact(details)));
    }
}
