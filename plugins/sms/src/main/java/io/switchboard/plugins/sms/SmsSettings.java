package io.switchboard.plugins.sms;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.plugins.twilio.TwilioAccount;
import io.switchboard.plugins.twilio.TwilioConfig;
import io.switchboard.plugins.twilio.WebhookVerifier;

/**
 * The configuration of one SMS instance, read once when it opens.
 *
 * @param account the Twilio account
 * @param phoneNumber the channel's number, the sender of replies
 * @param webhookBase the instance's webhook URL as Twilio calls it
 * @param verifier checks the signatures of the instance's webhooks
 */
record SmsSettings(TwilioAccount account, Address phoneNumber, String webhookBase, WebhookVerifier verifier) {

    /**
     * Reads the settings.
     *
     * @param context the instance's configuration and host services
     * @return the settings
     */
    static SmsSettings from(ChannelContext context) {
        return new SmsSettings(TwilioConfig.account(context.config()),
                Address.phone(context.config().require(TwilioConfig.PHONE_NUMBER)),
                TwilioConfig.webhookBase(context.config(), context.webhookUrl()),
                TwilioConfig.verifier(context.config(), context.webhookUrl()));
    }

    /**
     * Where Twilio reports the delivery of our messages.
     *
     * @return the status callback URL
     */
    String statusCallbackUrl() {
        return webhookBase + SmsInstance.STATUS_PATH;
    }
}
