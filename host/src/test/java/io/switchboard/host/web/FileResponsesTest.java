package io.switchboard.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class FileResponsesTest {

    @Test
    void aNonAsciiFileNameIsSentExactlyInFilenameStarAndApproximatelyInFilename() {
        assertEquals("attachment; filename=\"faktura _. 1.pdf\"; filename*=UTF-8''faktura%20%C4%8D.%201.pdf",
                FileResponses.contentDisposition("faktura č. 1.pdf"));
    }

    @Test
    void quotesAndBackslashesCannotBreakOutOfTheFileName() {
        assertEquals("attachment; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%5C.txt",
                FileResponses.contentDisposition("a\"b\\.txt"));
    }

    @Test
    void anUnparseableOrWildcardMediaTypeIsServedAsOctetStream() {
        assertEquals(MediaType.APPLICATION_OCTET_STREAM_TYPE, FileResponses.mediaType("not a type"));
        assertEquals(MediaType.APPLICATION_OCTET_STREAM_TYPE, FileResponses.mediaType("image/*"));
        assertEquals(MediaType.valueOf("image/png"), FileResponses.mediaType("image/png"));
    }
}
