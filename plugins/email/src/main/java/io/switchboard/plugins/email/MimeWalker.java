package io.switchboard.plugins.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a message's MIME tree into {@link BodyParts}: the best text and HTML of each
 * multipart/alternative, text parts of multipart/mixed joined in order, everything else an
 * attachment (inline when it has a Content-ID the HTML can refer to). A part that cannot be
 * read is noted and skipped, so one broken part never loses the rest of the message; only a
 * lost connection to the mailbox ({@link MailboxGone}) stops the walk.
 */
final class MimeWalker {

    static final int MAX_DEPTH = 30;

    private final AttachmentReader attachments;

    MimeWalker(long maxAttachmentBytes) {
        this.attachments = new AttachmentReader(maxAttachmentBytes);
    }

    BodyParts walk(Part message) throws MessagingException, IOException {
        BodyParts out = new BodyParts();
        visit(message, out, 0, false);
        return out;
    }

    private void visit(Part part, BodyParts out, int depth, boolean relatedResource)
            throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            out.defect("MIME parts nested deeper than " + MAX_DEPTH + " levels were left out");
        } else if (part.isMimeType("multipart/*")) {
            multipart(part, out, depth);
        } else if (isBody(part)) {
            body(part, out);
        } else {
            attachments.read(part, out, relatedResource);
        }
    }

    private void visitSafely(Part part, BodyParts out, int depth, boolean relatedResource, int index)
            throws MessagingException, IOException {
        try {
            visit(part, out, depth, relatedResource);
        } catch (MessagingException | IOException | RuntimeException e) {
            MailboxGone.rethrowIfConnectionLost(e);
            out.defect("part " + index + " could not be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    private void multipart(Part part, BodyParts out, int depth) throws MessagingException, IOException {
        Multipart multipart;
        int count;
        try {
            Object content = part.getContent();
            if (!(content instanceof Multipart parsed)) {
                throw new MessagingException("not a multipart body");
            }
            multipart = parsed;
            count = multipart.getCount();
        } catch (MessagingException | IOException e) {
            MailboxGone.rethrowIfConnectionLost(e);
            out.defect("broken multipart structure (" + e.getMessage() + "); its raw text is shown");
            body(part, out);
            return;
        }
        if (part.isMimeType("multipart/alternative")) {
            alternative(multipart, count, out, depth);
            return;
        }
        boolean related = part.isMimeType("multipart/related");
        for (int i = 0; i < count; i++) {
            visitSafely(multipart.getBodyPart(i), out, depth + 1, related && i > 0, i + 1);
        }
    }

    /** Keeps the last (richest) plain and the last HTML alternative, as RFC 2046 orders them. */
    private void alternative(Multipart multipart, int count, BodyParts out, int depth)
            throws MessagingException, IOException {
        BodyParts plain = null;
        BodyParts rich = null;
        List<BodyParts> others = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BodyParts branch = new BodyParts();
            visitSafely(multipart.getBodyPart(i), branch, depth + 1, false, i + 1);
            if (branch.html() != null) {
                rich = branch;
            } else if (!branch.text().isBlank()) {
                plain = branch;
            } else {
                others.add(branch);
            }
        }
        if (plain != null) {
            merge(plain, out, rich == null);
        }
        if (rich != null) {
            out.addHtml(rich.html());
            merge(rich, out, true);
            if (plain == null && !rich.text().isBlank()) {
                out.addText(rich.text());
            }
        }
        others.forEach(other -> merge(other, out, true));
    }

    private static void merge(BodyParts from, BodyParts into, boolean withAttachments) {
        if (from.html() == null && !from.text().isBlank()) {
            into.addText(from.text());
        }
        if (withAttachments) {
            from.attachments().forEach(into::addAttachment);
            from.omitted().forEach(into::omit);
        }
        from.problems().forEach(into::problem);
        from.defects().forEach(into::defect);
        from.embeddedMessageIds().forEach(into::embeddedMessageId);
    }

    private static boolean isBody(Part part) throws MessagingException {
        if (!part.isMimeType("text/plain") && !part.isMimeType("text/html")) {
            return false;
        }
        return !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() == null;
    }

    private static void body(Part part, BodyParts out) throws MessagingException, IOException {
        PartText.Decoded decoded = PartText.read(part);
        out.problem(decoded.problem());
        if (part.isMimeType("text/html")) {
            out.addHtml(decoded.text());
        } else {
            out.addText(FlowedText.isFlowed(part) ? FlowedText.unwrap(decoded.text(), FlowedText.delSp(part))
                    : decoded.text());
        }
    }
}
