package io.switchboard.plugins.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words ({@code =?charset?B|Q?...?=}) as real clients write them. Adjacent
 * words of one charset are decoded as one byte sequence, because clients split base64 in the
 * middle of a multi-byte character (Thai, emoji); words glued to plain text are decoded too.
 * A word in an unknown charset or with broken encoding is left as it was.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[ \\t\\r\\n]*");

    private EncodedWords() {
    }

    static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher word = WORD.matcher(text);
        int position = 0;
        while (word.find(position)) {
            int start = word.start();
            out.append(text, position, start);
            String charset = charsetOf(word.group(1));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int end = start;
            boolean valid = true;
            Matcher run = word;
            do {
                valid &= appendBytes(run.group(2), run.group(3), bytes);
                end = run.end();
            } while (valid && nextOfRun(text, end, charset, run));
            out.append(valid ? decodeBytes(bytes.toByteArray(), charset, text.substring(start, end))
                    : text.substring(start, end));
            position = end;
        }
        return out.append(text.substring(position)).toString();
    }

    /** Whether another word of the same charset follows after nothing but whitespace. */
    private static boolean nextOfRun(String text, int from, String charset, Matcher matcher) {
        if (!matcher.find(from)) {
            return false;
        }
        return BETWEEN_WORDS.matcher(text.substring(from, matcher.start())).matches()
                && charsetOf(matcher.group(1)).equalsIgnoreCase(charset);
    }

    private static String charsetOf(String declared) {
        int language = declared.indexOf('*'); // RFC 2231 language suffix: =?utf-8*en?Q?...?=
        return language < 0 ? declared : declared.substring(0, language);
    }

    private static boolean appendBytes(String encoding, String payload, ByteArrayOutputStream out) {
        try {
            if (encoding.equalsIgnoreCase("B")) {
                out.writeBytes(Base64.getMimeDecoder().decode(payload));
            } else {
                for (int i = 0; i < payload.length(); i++) {
                    char c = payload.charAt(i);
                    if (c == '_') {
                        out.write(' ');
                    } else if (c == '=' && i + 2 < payload.length()) {
                        out.write(Integer.parseInt(payload.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        out.write(c);
                    }
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String decodeBytes(byte[] bytes, String charset, String original) {
        try {
            return new String(bytes, Charset.forName(jakarta.mail.internet.MimeUtility.javaCharset(charset)));
        } catch (IllegalArgumentException e) {
            return original;
        }
    }
}
