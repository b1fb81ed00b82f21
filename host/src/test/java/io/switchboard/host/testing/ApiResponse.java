package io.switchboard.host.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpHeaders;

/** An HTTP answer from a test desk, with its body parsed on demand. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        return JsonParser.parseString(body).getAsJsonObject();
    }

    public JsonElement jsonElement() {
        return JsonParser.parseString(body);
    }

    public String contentType() {
        return headers.firstValue("content-type").orElse("");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
