package io.switchboard.plugins.webchat;

import io.switchboard.api.config.ConfigValues;

/**
 * The configuration of one web chat instance, read once when it opens.
 *
 * @param title the widget's header
 * @param welcomeMessage the greeting shown when the panel opens, or {@code null}
 * @param allowedOrigins the sites that may call the endpoints from a browser
 * @param askForEmail whether the widget offers an email field
 */
record WebChatSettings(String title, String welcomeMessage, AllowedOrigins allowedOrigins, boolean askForEmail) {

    static final String TITLE = "title";
    static final String WELCOME_MESSAGE = "welcomeMessage";
    static final String ALLOWED_ORIGINS = "allowedOrigins";
    static final String ASK_FOR_EMAIL = "askForEmail";

    /**
     * Reads the settings; absent fields fall back to the schema's defaults so an instance
     * opened with unresolved values still behaves as documented.
     *
     * @param config the resolved configuration
     * @return the settings
     */
    static WebChatSettings from(ConfigValues config) {
        return new WebChatSettings(
                config.get(TITLE).filter(t -> !t.isBlank()).orElse("Chat with us"),
                config.get(WELCOME_MESSAGE).filter(m -> !m.isBlank()).orElse(null),
                AllowedOrigins.parse(config.get(ALLOWED_ORIGINS).orElse("*")),
                config.getBoolean(ASK_FOR_EMAIL, true));
    }
}
