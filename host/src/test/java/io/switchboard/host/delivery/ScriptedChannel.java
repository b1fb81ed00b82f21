package io.switchboard.host.delivery;

import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A channel instance whose delivery outcomes a test scripts, recording what it was asked to send. */
final class ScriptedChannel implements ChannelInstance {

    private final Deque<java.util.function.Supplier<DeliveryResult>> script = new ArrayDeque<>();
    private final List<OutboundMessage> attempts = new CopyOnWriteArrayList<>();
    private DeliveryResult otherwise = DeliveryResult.sent("provider-default");

    synchronized ScriptedChannel then(DeliveryResult result) {
        script.add(() -> result);
        return this;
    }

    synchronized ScriptedChannel thenThrow(RuntimeException failure) {
        script.add(() -> {
            throw failure;
        });
        return this;
    }

    synchronized ScriptedChannel always(DeliveryResult result) {
        otherwise = result;
        return this;
    }

    List<OutboundMessage> attempts() {
        return attempts;
    }

    @Override
    public synchronized DeliveryResult deliver(OutboundMessage message) {
        attempts.add(message);
        var next = script.poll();
        if (next != null) {
            return next.get();
        }
        return otherwise instanceof DeliveryResult.Sent
                ? DeliveryResult.sent("provider-" + message.messageId()) : otherwise;
    }
}
