package io.switchboard.plugins.email;

import io.switchboard.api.channel.Attachment;
import java.util.ArrayList;
import java.util.List;

/**
 * What a walk over a message's MIME tree found: the text and HTML bodies, the attachments,
 * the attachments left out for their size, notes on how text was decoded (problems) and
 * parts of the structure that could not be read (defects). Mutable while the
 * walk fills it; not shared between threads.
 */
final class BodyParts {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<String> omitted = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> defects = new ArrayList<>();
    private final List<String> embeddedMessageIds = new ArrayList<>();

    void addText(String part) {
        if (!text.isEmpty() && !part.isBlank()) {
            text.append("\n\n");
        }
        text.append(part);
    }

    void addHtml(String part) {
        html.append(part);
    }

    void addAttachment(Attachment attachment) {
        attachments.add(attachment);
    }

    void omit(String description) {
        omitted.add(description);
    }

    void problem(String description) {
        if (description != null && !problems.contains(description)) {
            problems.add(description);
        }
    }

    /** The Message-ID of a message carried inside this one (a bounce's original). */
    void embeddedMessageId(String id) {
        if (!embeddedMessageIds.contains(id)) {
            embeddedMessageIds.add(id);
        }
    }

    List<String> embeddedMessageIds() {
        return List.copyOf(embeddedMessageIds);
    }

    /** A part of the structure that could not be read: the message is kept but quarantined. */
    void defect(String description) {
        if (!defects.contains(description)) {
            defects.add(description);
        }
    }

    List<String> defects() {
        return List.copyOf(defects);
    }

    String text() {
        return text.toString();
    }

    /** The HTML body, or {@code null} when the message has none. */
    String html() {
        return html.isEmpty() ? null : html.toString();
    }

    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    List<String> omitted() {
        return List.copyOf(omitted);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
