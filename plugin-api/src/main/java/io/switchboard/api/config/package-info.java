/**
 * Configuration schemas: a plugin declares its fields (with secret flags and validation)
 * and the host renders forms, validates input, stores secrets write-only and hands the
 * values back as {@link io.switchboard.api.config.ConfigValues}.
 *
 * @since 1.0
 */
package io.switchboard.api.config;
