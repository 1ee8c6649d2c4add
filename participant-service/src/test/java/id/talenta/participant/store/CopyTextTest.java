package id.talenta.participant.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void columnsAreTabSeparatedNullIsBackslashNAndSpecialCharactersAreEscaped() {
        CopyText copy = new CopyText(16);
        copy.col("plain").col(null).col("a\\b\tc\nd\re").col(42).end();
        copy.colBuilt(new StringBuilder("{\"k\":\"x\\\\y\"}"))
                .col("Siti \u00e9")
                .end();
        assertEquals(
                "plain\t\\N\ta\\\\b\\tc\\nd\\re\t42\n{\"k\":\"x\\\\\\\\y\"}\tSiti \u00e9\n",
                new String(copy.bytes(), StandardCharsets.UTF_8));
    }
}
