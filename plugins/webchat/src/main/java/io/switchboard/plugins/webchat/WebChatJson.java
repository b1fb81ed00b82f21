package io.switchboard.plugins.webchat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.HistoryEntry;
import io.switchboard.api.channel.OutboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The JSON the widget receives. History entries and live messages share one shape, so the
 * widget renders both the same way and can recognise a live message it already loaded.
 */
final class WebChatJson {

    // Nulls are written so every message has the same members, whatever the direction.
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private WebChatJson() {
    }

    /**
     * The answer to a visitor creation.
     *
     * @param visitorId the new id
     * @param token the token proving it
     * @return {@code {"visitorId","token"}}
     */
    static String visitor(String visitorId, String token) {
        JsonObject json = new JsonObject();
        json.addProperty("visitorId", visitorId);
        json.addProperty("token", token);
        return GSON.toJson(json);
    }

    /**
     * The answer to an accepted message.
     *
     * @param externalId the id the host stores the message under
     * @return {@code {"externalId"}}
     */
    static String accepted(String externalId) {
        JsonObject json = new JsonObject();
        json.addProperty("externalId", externalId);
        return GSON.toJson(json);
    }

    /**
     * The answer to saved contact details.
     *
     * @param details the details as stored
     * @return {@code {"email","name"}}
     */
    static String contact(ContactDetails details) {
        JsonObject json = new JsonObject();
        json.addProperty("email", details.email() == null ? null : details.email().value());
        json.addProperty("name", details.name());
        return GSON.toJson(json);
    }

    /**
     * A visitor's recent messages; a message that offered quick replies (a survey) carries its
     * {@code "choices"} as the live message did, so the buttons survive a reload.
     *
     * @param entries the history, oldest first
     * @return {@code {"messages":[...]}}
     */
    static String history(List<HistoryEntry> entries) {
        JsonArray messages = new JsonArray();
        for (HistoryEntry entry : entries) {
            JsonObject message = message(entry.messageId(), entry.inbound(), entry.text(), entry.authorName(),
                    entry.at());
            message.addProperty("status", status(entry.status()));
            addChoices(message, entry.options().get(OutboundMessage.OPTION_CHOICES));
            messages.add(message);
        }
        JsonObject json = new JsonObject();
        json.add("messages", messages);
        return GSON.toJson(json);
    }

    /**
     * An agent's reply as pushed on the visitor's live topic.
     *
     * @param outbound the reply
     * @param at when it was delivered
     * @return {@code {"id","direction":"outbound","text","authorName","at"}}, plus {@code "choices"} when the
     *     message offers quick replies ({@link OutboundMessage#OPTION_CHOICES})
     */
    static String liveMessage(OutboundMessage outbound, Instant at) {
        JsonObject message = message(outbound.messageId(), false, outbound.text(), outbound.authorName(), at);
        addChoices(message, outbound.options().get(OutboundMessage.OPTION_CHOICES));
        return GSON.toJson(message);
    }

    private static void addChoices(JsonObject message, String choices) {
        if (choices != null && !choices.isBlank()) {
            message.add("choices", choices(choices));
        }
    }

    /** Quick-reply choices as {@code [{"value","caption"}]}, from lines of {@code value} or {@code value<TAB>caption}. */
    private static JsonArray choices(String option) {
        JsonArray choices = new JsonArray();
        for (String line : option.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            JsonObject choice = new JsonObject();
            choice.addProperty("value", tab < 0 ? line.strip() : line.substring(0, tab).strip());
            choice.addProperty("caption", tab < 0 ? line.strip() : line.substring(tab + 1).strip());
            choices.add(choice);
        }
        return choices;
    }

    /**
     * The widget's public settings; deliberately a whitelist so no secret can leak.
     *
     * @param settings the instance settings
     * @return {@code {"title","welcomeMessage","askForEmail"}}
     */
    static String publicConfig(WebChatSettings settings) {
        JsonObject json = new JsonObject();
        json.addProperty("title", settings.title());
        json.addProperty("welcomeMessage", settings.welcomeMessage());
        json.addProperty("askForEmail", settings.askForEmail());
        return GSON.toJson(json);
    }

    private static JsonObject message(String id, boolean inbound, String text, String authorName, Instant at) {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("direction", inbound ? "inbound" : "outbound");
        json.addProperty("text", text);
        json.addProperty("authorName", authorName);
        json.addProperty("at", at.toString());
        return json;
    }

    private static String status(DeliveryStatus status) {
        return status == null ? null : status.name().toLowerCase(Locale.ROOT);
    }
}
