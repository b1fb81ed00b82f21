package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EncodedWordsTest {

    @Test
    void adjacentWordsOfOneCharsetAreJoinedBeforeDecoding() {
        assertEquals("Package 📦 lost", EncodedWords.decode(RawMail.splitEncodedWords("Package 📦 lost", 10)));
    }

    @Test
    void qEncodingTurnsUnderscoresIntoSpaces() {
        assertEquals("Objednávka č. 42", EncodedWords.decode("=?ISO-8859-2?Q?Objedn=E1vka_=E8=2E_42?="));
    }

    @Test
    void plainTextAroundEncodedWordsIsKept() {
        assertEquals("Re: Grüße [SB-1]", EncodedWords.decode("Re: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= [SB-1]"));
    }

    @Test
    void aWordInAnUnknownCharsetIsLeftAsItWas() {
        assertEquals("=?x-unknown?Q?abc?=", EncodedWords.decode("=?x-unknown?Q?abc?="));
    }
}
