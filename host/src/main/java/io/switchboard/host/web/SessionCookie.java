package io.switchboard.host.web;

/** The browser session cookie: HttpOnly, SameSite=Strict, holding a session token. */
public final class SessionCookie {

    public static final String NAME = "sb_session";

    private SessionCookie() {
    }
}
