package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.switchboard.api.channel.PollResult;
import io.switchboard.api.channel.event.InboundEvent;
import io.switchboard.api.channel.event.InboundMessage;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Polling a real IMAP mailbox by UID: every message imported exactly once, across restarts,
 * interrupted polls and UIDVALIDITY changes; processed mail marked or moved only after the
 * host committed it.
 */
class PollingTest {

    @RegisterExtension
    static final GreenMailExtension mail = MailTestbed.server();

    private MailTestbed bed;

    @AfterEach
    void close() {
        if (bed != null) {
            bed.close();
        }
    }

    private static List<String> subjects(List<? extends InboundEvent> events) {
        return events.stream().map(e -> ((InboundMessage) e).subject()).toList();
    }

    @Test
    void newMailIsImportedOnceAcrossPolls() throws Exception {
        bed = MailTestbed.on(mail);
        bed.deliverSimple("one");
        bed.deliverSimple("two");

        assertEquals(List.of("one", "two"), subjects(bed.pollAll()));
        assertEquals(List.of(), bed.instance().poll(bed.cursor).events());
        bed.deliverSimple("three");
        assertEquals(List.of("three"), subjects(bed.pollAll()));
    }

    @Test
    void aRestartedInstanceResumesFromTheCommittedCursor() throws Exception {
        bed = MailTestbed.on(mail);
        bed.deliverSimple("before restart");
        bed.pollAll();

        bed.restart();
        bed.deliverSimple("after restart");

        assertEquals(List.of("after restart"), subjects(bed.instance().poll(bed.cursor).events()));
    }

    @Test
    void aPollInterruptedBeforeItsCommitIsRepeatedAndStoresEachMessageOnce() throws Exception {
        bed = MailTestbed.on(mail);
        bed.deliverSimple("a");
        bed.deliverSimple("b");
        PollResult lost = bed.instance().poll(bed.cursor); // the host crashed before committing this batch
        bed.restart();

        List<InboundMessage> imported = bed.pollAll();

        assertEquals(subjects(lost.events()), subjects(imported));
        assertEquals(2, bed.stored.size());
    }

    @Test
    void aLargeMailboxIsReadInBatchesOfFiftyInArrivalOrder() throws Exception {
        bed = MailTestbed.on(mail);
        for (int i = 1; i <= 120; i++) {
            bed.deliverSimple("mail " + i);
        }

        PollResult first = bed.pollAndCommit();
        PollResult second = bed.pollAndCommit();
        PollResult third = bed.pollAndCommit();

        assertEquals(List.of(50, 50, 20), List.of(first.events().size(), second.events().size(),
                third.events().size()));
        assertEquals(List.of(true, true, false), List.of(first.more(), second.more(), third.more()));
        assertEquals("mail 1", subjects(first.events()).get(0));
        assertEquals("mail 120", subjects(third.events()).get(19));
    }

    @Test
    void processedMailIsMarkedSeenOnlyOnceALaterPollShowsItWasCommitted() throws Exception {
        bed = MailTestbed.on(mail);
        bed.deliverSimple("question");

        bed.pollAndCommit();
        assertEquals(Map.of("question", false), bed.supportFolder("INBOX"), "not yet known to be committed");
        bed.pollAndCommit();

        assertEquals(Map.of("question", true), bed.supportFolder("INBOX"));
    }

    @Test
    void processedMailIsMovedOnlyAfterItWasCommitted() throws Exception {
        bed = MailTestbed.on(mail, Map.of(EmailSettings.PROCESSED, "move", EmailSettings.PROCESSED_FOLDER, "Done"));
        bed.deliverSimple("question");

        PollResult lost = bed.instance().poll(bed.cursor);
        bed.instance().poll(bed.cursor); // the host never committed: nothing may move
        assertEquals(Map.of("question", false), bed.supportFolder("INBOX"));
        bed.commit(lost);
        bed.pollAndCommit();

        assertEquals(Map.of(), bed.supportFolder("INBOX"));
        assertEquals(List.of("question"), List.copyOf(bed.supportFolder("Done").keySet()));
    }

    @Test
    void aChangedUidValidityReadsTheFolderAgainWithoutImportingTwice() throws Exception {
        bed = MailTestbed.on(mail);
        bed.deliverSimple("old");
        bed.pollAll();
        bed.cursor = new PollCursor(424242, 9999, 9999).encode(); // the server renumbered the folder

        List<InboundMessage> fresh = bed.pollAll();
        bed.deliverSimple("new");

        assertEquals(List.of(), fresh);
        assertEquals(List.of("new"), subjects(bed.pollAll()));
        assertEquals(2, bed.stored.size());
    }

    @Test
    void oneBadMessageDoesNotBlockTheOnesAfterIt() throws Exception {
        bed = MailTestbed.on(mail);
        bed.deliverSimple("good one");
        bed.deliverRaw("Subject: broken\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n"
                + "\r\n--y\r\nnot the declared boundary\r\n");
        bed.deliverSimple("good two");

        List<InboundMessage> imported = bed.pollAll();

        assertEquals(List.of("good one", "broken", "good two"), subjects(imported));
        assertTrue(imported.get(1).properties().containsKey(MailParser.QUARANTINE_REASON));
    }

    @Test
    void anUnreachableMailboxFailsThePollSoTheHostRetriesFromTheSameCursor() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        bed = MailTestbed.on(mail, Map.of(EmailSettings.IMAP_PORT, String.valueOf(closedPort)));

        assertThrows(MessagingException.class, () -> bed.instance().poll(null));
    }

    @Test
    void aWrongPasswordFailsThePoll() {
        bed = MailTestbed.on(mail, Map.of(EmailSettings.IMAP_PASSWORD, "wrong"));

        assertThrows(AuthenticationFailedException.class, () -> bed.instance().poll(null));
        assertFalse(bed.stored.size() > 0);
    }
}
