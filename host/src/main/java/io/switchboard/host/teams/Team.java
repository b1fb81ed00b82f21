package io.switchboard.host.teams;

import java.util.List;

/** A team of agents that routing rules assign conversations to. */
public record Team(long id, String name, List<Member> members) {

    public Team {
        members = List.copyOf(members);
    }

    /** A member with their current availability (online, away, offline). */
    public record Member(long id, String name, String availability) {
    }
}
