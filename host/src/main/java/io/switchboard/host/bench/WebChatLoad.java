package io.switchboard.host.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP half: C visitors, one per client thread, each posting messages back to back with
 * distinct client message ids. After the measured run the stored messages are counted through
 * the desk's Jdbi; a 202 for a message that is not there, or a lost one, fails the run.
 */
final class WebChatLoad {

    private final BenchDesk desk;
    private final WebChatClient client;
    private final int concurrency;
    private final List<String> tokens = new ArrayList<>();

    WebChatLoad(BenchDesk desk, WebChatClient client, int concurrency) {
        this.desk = desk;
        this.client = client;
        this.concurrency = concurrency;
    }

    /** Creates one visitor per client thread. */
    void createVisitors() throws java.io.IOException, InterruptedException {
        for (int i = 0; i < concurrency; i++) {
            tokens.add(client.newVisitor("Bench visitor " + i));
        }
    }

    /** Sends {@code count} messages (ids {@code prefix-0} and up); fails unless every answer was 202. */
    RunResult send(String prefix, int count) {
        if (tokens.size() != concurrency) {
            throw new IllegalStateException("create the visitors first");
        }
        return LoadRunner.run("http-" + prefix, concurrency, count, (worker, sequence) ->
                client.say(tokens.get(worker), prefix + "-" + sequence, "Benchmark message " + sequence
                        + " from visitor " + worker + ": where is my order?"));
    }

    /** Every acknowledged message is stored exactly once, in one conversation per visitor. */
    void verifyStored(long expectedMessages) {
        long stored = desk.inboundMessages();
        if (stored != expectedMessages) {
            throw new BenchFailure("the desk acknowledged " + expectedMessages + " messages with 202 but stores "
                    + stored);
        }
        long conversations = desk.conversations();
        if (conversations != concurrency) {
            throw new BenchFailure(concurrency + " visitors wrote but the desk has " + conversations
                    + " conversations");
        }
    }
}
