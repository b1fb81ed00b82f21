package io.switchboard.host.canned;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.users.Role;
import io.switchboard.host.users.User;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * Who may see and change which canned reply: every agent sees the shared ones and their own;
 * only admins create or change shared ones; a personal one is its owner's alone.
 */
public final class CannedReplies {

    private static final int MAX_BODY = 5000;
    private static final int MAX_TITLE = 200;

    private final CannedReplyStore store;
    private final Clock clock;

    public CannedReplies(Jdbi jdbi, Clock clock) {
        this.store = new CannedReplyStore(jdbi);
        this.clock = clock;
    }

    /** A new or changed canned reply; {@code shared} is only read on creation. */
    public record Draft(String title, String shortcut, String body, Boolean shared) {
    }

    public List<CannedReply> list(User viewer, String search) {
        if (search != null && search.length() > CannedReplyStore.maxSearch()) {
            throw Problem.badRequest("q must be at most " + CannedReplyStore.maxSearch() + " characters");
        }
        return store.visibleTo(viewer.id(), search);
    }

    public CannedReply get(User viewer, long id) {
        return store.find(id).filter(r -> r.shared() || r.ownerId() == viewer.id())
                .orElseThrow(() -> Problem.notFound("no canned reply with id " + id));
    }

    public CannedReply create(User author, Draft draft) {
        boolean shared = Boolean.TRUE.equals(draft.shared());
        if (shared && author.role() != Role.ADMIN) {
            throw forbidden("only admins create shared canned replies; leave shared out for a personal one");
        }
        Draft valid = validated(draft);
        long id = store.insert(shared ? null : author.id(), valid.title(), valid.shortcut(), valid.body(),
                clock.instant());
        return store.find(id).orElseThrow();
    }

    public CannedReply update(User editor, long id, Draft draft) {
        CannedReply existing = editable(editor, id);
        Draft valid = validated(draft);
        store.update(existing.id(), valid.title(), valid.shortcut(), valid.body(), clock.instant());
        return store.find(id).orElseThrow();
    }

    public void delete(User editor, long id) {
        store.delete(editable(editor, id).id());
    }

    private CannedReply editable(User editor, long id) {
        CannedReply reply = get(editor, id);
        if (reply.shared() && editor.role() != Role.ADMIN) {
            throw forbidden("only admins change shared canned replies");
        }
        return reply;
    }

    private static Draft validated(Draft draft) {
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw Problem.badRequest("title is required, at most " + MAX_TITLE + " characters");
        }
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.isEmpty() || body.length() > MAX_BODY) {
            throw Problem.badRequest("body is required, at most " + MAX_BODY + " characters");
        }
        String shortcut = draft.shortcut() == null || draft.shortcut().isBlank() ? slug(title)
                : draft.shortcut().strip().toLowerCase(Locale.ROOT);
        if (!shortcut.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw Problem.badRequest("shortcut must be a slug: lower-case letters, digits and '-', at most 64,"
                    + " was '" + draft.shortcut() + "'");
        }
        return new Draft(title, shortcut, body, draft.shared());
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
    }

    private static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail, java.util.Map.of());
    }
}
