/**
 * The Switchboard plugin API: the only artifact a plugin compiles against.
 *
 * <p>Compatibility promise: a plugin built against 1.x runs on every 1.y host (y &ge; x).
 * Types marked {@link io.switchboard.api.Beta} are exempt until they lose the marker.
 * Sub-packages: {@code channel} (messaging channels), {@code config} (configuration
 * schemas), {@code conversation} (the event log), {@code metric} and {@code survey}.
 *
 * @since 1.0
 */
package io.switchboard.api;
