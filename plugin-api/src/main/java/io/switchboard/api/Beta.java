package io.switchboard.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an element whose shape may still change in a minor release. Everything not marked
 * {@code @Beta} follows the 1.x compatibility promise.
 *
 * <p>A {@code @Beta} type's members and nested types are beta along with it. A beta element may be
 * changed or removed in any release; the API compatibility check reports such a change but does not
 * fail on it. An element graduates by losing the marker, after which the promise applies to it. The
 * marker may not be added to an element that was released without it: that would take the promise
 * back.
 *
 * @since 1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Beta {
}
