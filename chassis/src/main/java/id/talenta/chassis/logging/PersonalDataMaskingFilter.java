package id.talenta.chassis.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks NIPs (18-digit civil-servant numbers, which embed birth date and gender) in every log line
 * (UU 27/2022 data minimisation): {@code 196608011988031001} becomes {@code 1966**********1001}.
 * Names are never logged by our code; this filter is the safety net for numbers.
 */
@LoggingFilter(name = "mask-personal-data")
public final class PersonalDataMaskingFilter implements Filter {

    private static final Pattern NIP = Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{10}([0-9]{4})(?![0-9])");

    public static String mask(String text) {
        return text == null ? null : NIP.matcher(text).replaceAll("$1**********$2");
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String formatted = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (formatted != null && NIP.matcher(formatted).find()) {
            record.setMessage(mask(formatted));
            record.setParameters(null);
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(mask(formatted), ExtLogRecord.FormatStyle.NO_FORMAT);
            }
        }
        return true;
    }
}
