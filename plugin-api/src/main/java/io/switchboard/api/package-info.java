/**
 * The Switchboard plugin API: the only artifact a plugin compiles against.
 *
 * <p>Compatibility promise: a plugin built against 1.x runs on every 1.y host (y &ge; x).
 * Elements marked {@link io.switchboard.api.Beta} (and the members of a {@code @Beta} type) are
 * exempt until they lose the marker.
 * Sub-packages: {@code channel} (messaging channels), {@code config} (configuration
 * schemas), {@code conversation} (the event log), {@code metric} and {@code survey}.
 *
 * <p>How the API evolves within a major version: nothing is removed or changed, only added.
 * A record may gain components (at the end) only if it keeps its old canonical constructor as an
 * extra constructor, so plugins built against the old shape still link. An interface marked
 * {@link io.switchboard.api.HostProvided} (the host implements it, plugins only call it) may gain
 * abstract methods; an interface that plugins implement gains only default methods. A sealed result
 * type that the plugin creates and the host consumes (such as
 * {@link io.switchboard.api.channel.DeliveryResult}) may gain permitted subtypes. New types, enum
 * constants and static methods may be added anywhere. The build checks these rules against
 * {@code plugin-api/api/plugin-api.api}.
 *
 * @since 1.0
 */
package io.switchboard.api;
