package io.switchboard.plugins.twilio;

import io.switchboard.api.channel.WebhookResponse;

/**
 * TwiML documents, the answers Twilio expects to its webhooks.
 */
public final class Twiml {

    /** The content type Twilio reads TwiML from. */
    public static final String CONTENT_TYPE = "text/xml";

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private Twiml() {
    }

    /**
     * A {@code <Response>} with these verbs.
     *
     * @param verbs the verbs, in order
     * @return the document
     */
    public static String document(TwimlNode... verbs) {
        TwimlNode response = TwimlNode.of("Response");
        for (TwimlNode verb : verbs) {
            response = response.child(verb);
        }
        return PROLOG + response.toXml();
    }

    /**
     * The answer that tells Twilio to do nothing more (no reply message, no further call flow).
     *
     * @return 200 with an empty {@code <Response/>}
     */
    public static WebhookResponse.Http empty() {
        return answer(document());
    }

    /**
     * A 200 answer carrying a TwiML document.
     *
     * @param document the document
     * @return the answer
     */
    public static WebhookResponse.Http answer(String document) {
        return WebhookResponse.text(200, CONTENT_TYPE, document);
    }
}
