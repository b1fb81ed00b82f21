package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubjectLinesTest {

    @Test
    void aReplySubjectIsReTheSubjectAndTheToken() {
        assertEquals("Re: Order late [SB-ABCDEFGH23]", SubjectLines.reply("Order late", "SB-ABCDEFGH23"));
    }

    @Test
    void existingReplyAndForwardPrefixesInAnyLanguageAreNotRepeated() {
        assertEquals("Re: Order late [SB-ABCDEFGH23]",
                SubjectLines.reply("RE: AW: Fwd: Re[2]: Order late", "SB-ABCDEFGH23"));
    }

    @Test
    void aTokenAlreadyInTheSubjectIsNotRepeated() {
        assertEquals("Re: Order late [SB-ABCDEFGH23]",
                SubjectLines.reply("Re: Order late [SB-ABCDEFGH23]", "SB-ABCDEFGH23"));
    }

    @Test
    void aConversationWithoutSubjectGetsOne() {
        assertEquals("Re: (no subject) [SB-ABCDEFGH23]", SubjectLines.reply(null, "SB-ABCDEFGH23"));
    }

    @Test
    void theTokenIsFoundAnywhereInASubjectWhateverItsCase() {
        assertEquals(Optional.of("SB-ABCDEFGH23"), ThreadTokens.find("Fwd: hello [ sb-abcdefgh23 ] again"));
        assertEquals(Optional.empty(), ThreadTokens.find("SB-ABCDEFGH23 without brackets"));
    }
}
