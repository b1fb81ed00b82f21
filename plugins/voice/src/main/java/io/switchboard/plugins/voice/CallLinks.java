package io.switchboard.plugins.voice;

/**
 * The sub-paths of a voice instance's webhook URL, and the callback URLs built from them. Every
 * one is signature-checked like the instance's root.
 */
final class CallLinks {

    /** A call comes in (the number's voice webhook). */
    static final String INCOMING = "/";
    /** Progress of the whole call (the number's status callback, or ours for callbacks). */
    static final String STATUS = "/status";
    /** Progress of the dialled leg: the agent for incoming calls, the customer for callbacks. */
    static final String LEG = "/leg";
    /** The {@code <Dial action>}: the dialled leg ended; decides between voicemail and hanging up. */
    static final String DIAL = "/dial";
    /** The {@code <Record action>}: the caller finished a voicemail. */
    static final String RECORDED = "/recorded";
    /** The recording status callback: the voicemail's recording is ready. */
    static final String RECORDING = "/recording";
    /** The transcription callback: the voicemail's text is ready. */
    static final String TRANSCRIPTION = "/transcription";

    private final String webhookBase;

    /**
     * Links below a webhook URL.
     *
     * @param webhookBase the instance's webhook URL as Twilio calls it, without trailing slash
     */
    CallLinks(String webhookBase) {
        this.webhookBase = webhookBase;
    }

    /**
     * A callback URL carrying the call's parties.
     *
     * @param path one of this class's sub-paths
     * @param parties the call's parties
     * @return the absolute URL
     */
    String url(String path, CallParties parties) {
        return webhookBase + path + parties.query();
    }
}
