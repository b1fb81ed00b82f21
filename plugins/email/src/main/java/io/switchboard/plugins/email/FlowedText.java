package io.switchboard.plugins.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;

/**
 * RFC 3676 format=flowed text (Thunderbird, Apple Mail): a line ending in a space continues
 * on the next line. Unwrapped, so paragraphs read as the customer wrote them.
 */
final class FlowedText {

    private FlowedText() {
    }

    static boolean isFlowed(Part part) {
        return "flowed".equalsIgnoreCase(parameter(part, "format"));
    }

    static boolean delSp(Part part) {
        return "yes".equalsIgnoreCase(parameter(part, "delsp"));
    }

    static String unwrap(String text, boolean delSp) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].startsWith(" ") ? lines[i].substring(1) : lines[i];
            boolean soft = line.endsWith(" ") && !line.equals("-- ") && i < lines.length - 1;
            out.append(soft && delSp ? line.substring(0, line.length() - 1) : line);
            if (!soft) {
                out.append('\n');
            }
        }
        return out.length() > 0 ? out.substring(0, out.length() - 1) : "";
    }

    private static String parameter(Part part, String name) {
        try {
            String[] header = part.getHeader("Content-Type");
            return header == null ? null : new ContentType(header[0]).getParameter(name);
        } catch (MessagingException e) {
            return null;
        }
    }
}
