package io.switchboard.host.web;

import io.switchboard.host.users.User;
import java.security.Principal;

/** The signed-in user of a request. */
public record UserPrincipal(User user) implements Principal {

    @Override
    public String getName() {
        return user.email();
    }
}
