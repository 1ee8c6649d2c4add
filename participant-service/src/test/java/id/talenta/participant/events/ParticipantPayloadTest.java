package id.talenta.participant.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParticipantPayloadTest {

    static final ObjectMapper JACKSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static ParticipantPayload event(String fullName, String frontTitle, List<String> changed, Instant at) {
        return event(fullName, frontTitle, "PROBOLINGGO", changed, at);
    }

    private static ParticipantPayload event(
            String fullName, String frontTitle, String agencyCode, List<String> changed, Instant at) {
        return new ParticipantPayload(
                UUID.fromString("01939a4e-7f1c-7cc3-a0a5-5b0c3d7e9f10"),
                3,
                "196608011988031001",
                fullName,
                frontTitle,
                null,
                "PNS",
                "IV/a",
                "Kepala Bidang \"SDM\"",
                "ADMINISTRATOR",
                "BKPSDM-PROB",
                agencyCode,
                LocalDate.of(1966, 8, 1),
                "MALE",
                "1988-03",
                LocalDate.of(2024, 9, 1),
                "INACTIVE",
                "Pensiun\tBUP",
                changed,
                at);
    }

    @Test
    void theHandWrittenJsonIsTheDocumentJacksonWrites() throws Exception {
        for (ParticipantPayload e : List.of(
                event("Siti Rahmawati", "Dr.", List.of(), Instant.parse("2025-05-14T03:00:00Z")),
                event(
                        "Back\\slash \u00e9\u4e2d \ud83d\ude00 \u0001\n\r\b\f",
                        null,
                        List.of("fullName", "jobLevel"),
                        Instant.parse("2025-05-14T03:00:00.123Z")),
                event("O'Brien", "", List.of("status"), Instant.parse("2025-05-14T03:00:00.120Z")),
                event("Tanpa Instansi", null, null, List.of(), Instant.parse("2025-05-14T03:00:00Z")))) {
            String ours = e.toJson();
            assertEquals(JACKSON.readTree(JACKSON.writeValueAsString(e)), JACKSON.readTree(ours), ours);
            assertEquals(JACKSON.writeValueAsString(e), ours, "same field order and formatting");
        }
    }
}
