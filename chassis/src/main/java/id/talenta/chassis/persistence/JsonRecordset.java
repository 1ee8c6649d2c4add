package id.talenta.chassis.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * The one bind parameter of a set-based statement over a batch: the rows as a JSON array for
 * {@code jsonb_to_recordset(cast(?1 as jsonb)) as r(column type, ...)}, whatever the number of rows.
 */
public final class JsonRecordset {

    private JsonRecordset() {}

    public static String parameter(ObjectMapper mapper, List<? extends Map<String, ?>> rows) {
        try {
            return mapper.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("batch rows cannot be serialised", e);
        }
    }
}
