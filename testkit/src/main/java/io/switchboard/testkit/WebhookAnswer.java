package io.switchboard.testkit;

import java.net.http.HttpHeaders;

/** What the desk answered the provider, as it would see it. */
public record WebhookAnswer(int status, HttpHeaders headers, String body) {
}
