package io.switchboard.host.contacts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Agents read and set a contact's custom attributes. */
@Path("/api/v1/contacts/{id}/attributes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class ContactAttributeResource {

    private final ContactAttributes attributes;

    public ContactAttributeResource(ContactAttributes attributes) {
        this.attributes = attributes;
    }

    /** The attributes to set; a null value removes that attribute. */
    public record AttributesRequest(Map<String, String> attributes) {
    }

    @GET
    public Map<String, String> get(@PathParam("id") long id) {
        return attributes.of(id);
    }

    @PATCH
    public Map<String, String> change(@PathParam("id") long id, AttributesRequest request) {
        return attributes.change(id, request.attributes());
    }
}
