package io.switchboard.api.channel;

import io.switchboard.api.config.ConfigSchema;
import java.util.Objects;

/**
 * A convenient base for a {@link ChannelConnector} whose type and configuration schema are
 * fixed: pass them to the constructor and implement {@link #open(ChannelContext)} (and
 * {@link #validate}, if the schema cannot express every rule). PF4J instantiates extensions
 * through a public no-argument constructor, so a subclass calls {@code super(TYPE, SCHEMA)}
 * from one.
 *
 * @since 1.0
 */
public abstract class AbstractChannelConnector implements ChannelConnector {

    private final ChannelType type;
    private final ConfigSchema configSchema;

    /**
     * Fixes the channel type and configuration schema.
     *
     * @param type the channel type
     * @param configSchema the fields an admin fills in
     * @since 1.0
     */
    protected AbstractChannelConnector(ChannelType type, ConfigSchema configSchema) {
        this.type = Objects.requireNonNull(type, "type");
        this.configSchema = Objects.requireNonNull(configSchema, "configSchema");
    }

    /**
     * The channel type given to the constructor.
     *
     * @return the type
     * @since 1.0
     */
    @Override
    public final ChannelType type() {
        return type;
    }

    /**
     * The configuration schema given to the constructor.
     *
     * @return the schema
     * @since 1.0
     */
    @Override
    public final ConfigSchema configSchema() {
        return configSchema;
    }
}
