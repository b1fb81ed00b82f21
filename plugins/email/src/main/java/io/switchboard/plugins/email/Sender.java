package io.switchboard.plugins.email;

import io.switchboard.api.channel.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote a message: the From address, else Sender, Reply-To or Return-Path; a header that
 * does not parse as an address list still yields the address inside it. Mail with no usable
 * address at all is filed under {@link #UNKNOWN}, which is undeliverable by construction, and
 * says why in {@code problem}.
 *
 * @param address the address
 * @param name the display name, or {@code null}
 * @param problem why the sender is uncertain, or {@code null}
 */
record Sender(Address address, String name, String problem) {

    /** Where mail without any sender address is filed ({@code .invalid} never resolves). */
    static final String UNKNOWN = "unknown-sender@invalid";

    /** Longest address (RFC 5321) and display name the desk stores. */
    static final int MAX_ADDRESS = 254;
    static final int MAX_NAME = 200;

    private static final List<String> HEADERS = List.of("From", "Sender", "Reply-To", "Return-Path");
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"(),;:@]+@[^\\s<>\"(),;:@]+\\.[^\\s<>\"(),;:@]+");

    static Sender of(MimeMessage message) throws MessagingException {
        for (String header : HEADERS) {
            String raw = message.getHeader(header, ",");
            Optional<Sender> found = parse(raw);
            if (found.isPresent()) {
                return header.equals("From") ? found.get()
                        : new Sender(found.get().address(), found.get().name(), "no usable From header; the "
                                + header + " address is used instead");
            }
        }
        return unknown();
    }

    static Sender unknown() {
        return new Sender(Address.email(UNKNOWN), null, "no From, Sender, Reply-To or Return-Path address");
    }

    static Optional<Sender> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(raw, false);
            for (InternetAddress address : addresses) {
                if (address.getAddress() != null && address.getAddress().length() <= MAX_ADDRESS
                        && EMAIL.matcher(address.getAddress()).matches()) {
                    return Optional.of(new Sender(Address.email(address.getAddress()), name(address.getPersonal()),
                            null));
                }
            }
        } catch (AddressException e) {
            // Fall through to the plain search below: the header is not an RFC 5322 address list.
        }
        Matcher matcher = EMAIL.matcher(raw);
        return matcher.find() && matcher.group().length() <= MAX_ADDRESS
                ? Optional.of(new Sender(Address.email(matcher.group()), null, null)) : Optional.empty();
    }

    private static String name(String personal) {
        if (personal == null || personal.isBlank()) {
            return null;
        }
        String decoded = (personal.contains("=?") ? decode(personal) : personal).replaceAll("\\s+", " ").strip();
        return decoded.length() <= MAX_NAME ? decoded : decoded.substring(0, MAX_NAME);
    }

    private static String decode(String text) {
        try {
            return MimeUtility.decodeText(text);
        } catch (java.io.UnsupportedEncodingException e) {
            return text;
        }
    }
}
