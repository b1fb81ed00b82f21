package io.switchboard.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface that the host implements and plugins only call, such as
 * {@link io.switchboard.api.channel.ChannelContext}: the host hands plugins an instance of it.
 *
 * <p>Plugins call it but must not implement it (nor extend it with an interface they implement).
 * In return the host may add abstract methods to it in a minor release: a plugin built against 1.x
 * keeps running on a 1.y host, because only the host's own implementation has to provide the new
 * methods. Removing or changing an existing method still needs a new major version. A test double in
 * a plugin's own tests may implement the interface, accepting that it must be completed when the
 * plugin moves to a newer API.
 *
 * <p>Once a type is released, the marker may be removed (the host gives up adding abstract methods,
 * which breaks nobody) but not added: plugins may implement an unmarked interface, and the marker would
 * let the host break those implementations in a later minor release.
 *
 * @since 1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HostProvided {
}
