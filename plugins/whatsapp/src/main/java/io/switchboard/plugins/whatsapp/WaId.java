package io.switchboard.plugins.whatsapp;

import io.switchboard.api.channel.Address;

/**
 * WhatsApp identifies a customer by {@code wa_id}: their phone number in international form
 * without the plus sign. As an E.164 address it is the same contact as the number on SMS and
 * voice.
 */
final class WaId {

    private WaId() {
    }

    /**
     * The customer's phone address.
     *
     * @param waId the wa_id, such as {@code 16505551234}
     * @return the address {@code +16505551234}
     * @throws IllegalArgumentException when it is not a phone number
     */
    static Address toAddress(String waId) {
        String digits = waId.strip();
        return Address.phone(digits.startsWith("+") ? digits : "+" + digits);
    }
}
