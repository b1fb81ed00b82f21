package io.switchboard.plugins.twilio.testing;

/**
 * Real-shaped webhooks Twilio sends to one channel instance: the parameters Twilio documents
 * for incoming messages, message status, incoming calls, call and leg status, the dial and
 * record actions, recording status and transcription. Tests add or replace parameters as needed.
 */
public final class TwilioRequests {

    private final String instanceUrl;
    private final String accountSid;

    /**
     * Requests to one instance of one account.
     *
     * @param instanceUrl the instance's webhook URL as Twilio calls it
     * @param accountSid the account
     */
    public TwilioRequests(String instanceUrl, String accountSid) {
        this.instanceUrl = instanceUrl;
        this.accountSid = accountSid;
    }

    /** An incoming SMS (no media) to the instance's root. */
    public TwilioWebhook incomingSms(String messageSid, String from, String to, String body) {
        return TwilioWebhook.to(instanceUrl, "").param("ToCountry", "US").param("SmsMessageSid", messageSid)
                .param("NumMedia", "0").param("SmsSid", messageSid).param("SmsStatus", "received")
                .param("Body", body).param("To", to).param("NumSegments", "1").param("MessageSid", messageSid)
                .param("AccountSid", accountSid).param("From", from).param("ApiVersion", "2010-04-01");
    }

    /** A status callback for an outbound message, to {@code /status}. */
    public TwilioWebhook messageStatus(String messageSid, String status, String from, String to) {
        return TwilioWebhook.to(instanceUrl, "/status").param("SmsSid", messageSid).param("SmsStatus", status)
                .param("MessageStatus", status).param("To", to).param("MessageSid", messageSid)
                .param("AccountSid", accountSid).param("From", from).param("ApiVersion", "2010-04-01");
    }

    /** A call coming in, to the instance's root. */
    public TwilioWebhook incomingCall(String callSid, String from, String to) {
        return call(TwilioWebhook.to(instanceUrl, ""), callSid, "ringing", from, to);
    }

    /** The whole call's status callback, to {@code /status} as configured on the number (no query). */
    public TwilioWebhook callStatus(String callSid, String status, String from, String to) {
        return call(TwilioWebhook.to(instanceUrl, "/status"), callSid, status, from, to)
                .param("CallbackSource", "call-progress-events").param("SequenceNumber", "0");
    }

    /** A dialled leg's status callback, to the {@code /leg} URL (with its query) the TwiML gave. */
    public TwilioWebhook legStatus(String query, String legSid, String parentSid, String status, String from,
                                   String to) {
        return TwilioWebhook.to(instanceUrl, "/leg" + query).param("AccountSid", accountSid)
                .param("ApiVersion", "2010-04-01").param("CallSid", legSid).param("ParentCallSid", parentSid)
                .param("CallStatus", status).param("Direction", "outbound-dial").param("From", from).param("To", to)
                .param("CallbackSource", "call-progress-events");
    }

    /** The {@code <Dial action>} request when the dialled leg ended. */
    public TwilioWebhook dialResult(String query, String callSid, String dialCallStatus, String from, String to) {
        return call(TwilioWebhook.to(instanceUrl, "/dial" + query), callSid, "in-progress", from, to)
                .param("DialCallSid", "CA" + "d".repeat(32)).param("DialCallStatus", dialCallStatus);
    }

    /** The {@code <Record action>} request when the voicemail is recorded. */
    public TwilioWebhook recorded(String query, String callSid, String recordingUrl, String from, String to) {
        return call(TwilioWebhook.to(instanceUrl, "/recorded" + query), callSid, "in-progress", from, to)
                .param("RecordingUrl", recordingUrl).param("RecordingDuration", "14").param("Digits", "hangup");
    }

    /** The recording status callback; Twilio sends no From or To with it. */
    public TwilioWebhook recordingStatus(String query, String callSid, String recordingUrl) {
        return TwilioWebhook.to(instanceUrl, "/recording" + query).param("AccountSid", accountSid)
                .param("CallSid", callSid).param("RecordingSid", "RE" + "0".repeat(31) + "1")
                .param("RecordingUrl", recordingUrl).param("RecordingStatus", "completed")
                .param("RecordingDuration", "14").param("RecordingChannels", "1").param("RecordingSource", "RecordVerb");
    }

    /** The transcription callback. */
    public TwilioWebhook transcription(String query, String callSid, String text, String recordingUrl, String from,
                                       String to) {
        return call(TwilioWebhook.to(instanceUrl, "/transcription" + query), callSid, "completed", from, to)
                .param("TranscriptionSid", "TR" + "0".repeat(31) + "1").param("TranscriptionText", text)
                .param("TranscriptionStatus", "completed").param("TranscriptionUrl", "https://api.twilio.com/tr")
                .param("RecordingSid", "RE" + "0".repeat(31) + "1").param("RecordingUrl", recordingUrl);
    }

    private TwilioWebhook call(TwilioWebhook webhook, String callSid, String status, String from, String to) {
        return webhook.param("AccountSid", accountSid).param("ApiVersion", "2010-04-01").param("CallSid", callSid)
                .param("CallStatus", status).param("Called", to).param("Caller", from).param("Direction", "inbound")
                .param("From", from).param("To", to);
    }
}
