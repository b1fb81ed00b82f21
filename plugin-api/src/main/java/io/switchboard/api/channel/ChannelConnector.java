package io.switchboard.api.channel;

import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.api.config.ConfigValues;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The extension point of a channel plugin: declares a channel type and opens instances of
 * it. Annotate the implementation with {@code @org.pf4j.Extension}.
 *
 * @since 1.0
 */
public interface ChannelConnector extends ExtensionPoint {

    /**
     * The channel type this connector provides.
     *
     * @return the type
     * @since 1.0
     */
    ChannelType type();

    /**
     * The fields an admin fills in to create an instance.
     *
     * @return the schema
     * @since 1.0
     */
    ConfigSchema configSchema();

    /**
     * Checks a configuration beyond what the schema expresses (fields that depend on each
     * other). Called after the schema's own validation passed.
     *
     * @param config the resolved values
     * @return problems, empty when valid; the default finds none
     * @since 1.0
     */
    default List<ConfigProblem> validate(ConfigValues config) {
        return List.of();
    }

    /**
     * Notes for an agent about a draft reply before it is sent, such as how many SMS segments
     * it will cost or which characters force a more expensive encoding. Pure: no I/O.
     *
     * @param text the draft
     * @return short sentences to show beside the reply box; the default has none
     * @since 1.0
     */
    default List<String> draftNotes(String text) {
        return List.of();
    }

    /**
     * Opens an instance for one configured account. Should not block on the network; a
     * provider that is down shows up in deliveries and polls, not here.
     *
     * @param context the instance's configuration and host services
     * @return the instance
     * @since 1.0
     */
    ChannelInstance open(ChannelContext context);
}
