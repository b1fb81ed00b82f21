package io.switchboard.plugins.sms;

/**
 * The GSM 03.38 default alphabet that SMS uses when every character fits: 128 basic
 * characters of one septet each, and an extension table whose characters take an escape
 * septet plus their own, so they count twice.
 */
final class GsmAlphabet {

    /** The basic table, in code order; the escape (0x1B) is left out as it is not a character. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: form feed, ^ { } \ [ ~ ] | and the euro sign. */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private GsmAlphabet() {
    }

    /**
     * The septets a character takes in GSM-7.
     *
     * @param codePoint the character
     * @return 1 for the basic table, 2 for the extension table, 0 when GSM-7 cannot carry it
     */
    static int septets(int codePoint) {
        if (codePoint > 0xFFFF) {
            return 0;
        }
        char c = (char) codePoint;
        if (BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }
}
