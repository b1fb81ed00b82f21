package io.switchboard.host.meta;

/** Messenger Platform Page webhook payloads, shaped as Meta sends them. */
final class MessengerPayloads {

    private MessengerPayloads() {
    }

    static String text(String pageId, String psid, String mid, String body, long timestampMillis) {
        return events(pageId, timestampMillis, "{\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\""
                + pageId + "\"},\"timestamp\":" + timestampMillis + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\""
                + body + "\"}}");
    }

    static String delivery(String pageId, String psid, String mid, long timestampMillis) {
        return events(pageId, timestampMillis, "{\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\""
                + pageId + "\"},\"delivery\":{\"mids\":[\"" + mid + "\"],\"watermark\":" + timestampMillis + "}}");
    }

    static String read(String pageId, String psid, long watermarkMillis) {
        return events(pageId, watermarkMillis, "{\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\""
                + pageId + "\"},\"timestamp\":" + watermarkMillis + ",\"read\":{\"watermark\":" + watermarkMillis
                + "}}");
    }

    private static String events(String pageId, long time, String... events) {
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"" + pageId + "\",\"time\":" + time + ",\"messaging\":["
                + String.join(",", events) + "]}]}";
    }
}
