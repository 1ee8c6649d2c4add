package id.talenta.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Everything a run measured: a JSON document and the rows of the Markdown table. */
final class Report {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One line of the table; {@code verdict} is met, missed or empty when the issue sets no target. */
    record Row(String measure, String talenta, String baseline, String ratio, String target, String verdict) {}

    final ObjectNode root = JSON.createObjectNode();
    final List<Row> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void row(String measure, String talenta, String baseline, String ratio, String target, String verdict) {
        rows.add(new Row(measure, talenta, baseline, ratio, target, verdict));
    }

    static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String ratio(double ours, double base) {
        if (Double.isNaN(ours) || Double.isNaN(base) || base == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f×", ours / base);
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** p50/p95/p99/p99.9/max and mean of a histogram recorded in microseconds, as milliseconds. */
    static ObjectNode percentilesMs(Histogram h) {
        ObjectNode n = JSON.createObjectNode();
        n.put("count", h.getTotalCount());
        if (h.getTotalCount() == 0) {
            return n;
        }
        n.put("p50", round(h.getValueAtPercentile(50) / 1000.0, 2));
        n.put("p95", round(h.getValueAtPercentile(95) / 1000.0, 2));
        n.put("p99", round(h.getValueAtPercentile(99) / 1000.0, 2));
        n.put("p999", round(h.getValueAtPercentile(99.9) / 1000.0, 2));
        n.put("max", round(h.getMaxValue() / 1000.0, 2));
        n.put("mean", round(h.getMean() / 1000.0, 2));
        return n;
    }

    static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    String markdown(String title) {
        StringBuilder b = new StringBuilder();
        b.append("### ").append(title).append("\n\n");
        b.append("| measure | Talenta | raw baseline (same run) | ratio | target | |\n");
        b.append("|---|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            b.append("| ")
                    .append(r.measure())
                    .append(" | ")
                    .append(r.talenta())
                    .append(" | ")
                    .append(r.baseline())
                    .append(" | ")
                    .append(r.ratio())
                    .append(" | ")
                    .append(r.target())
                    .append(" | ")
                    .append(r.verdict())
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            b.append('\n');
            notes.forEach(n -> b.append("- ").append(n).append('\n'));
        }
        return b.toString();
    }
}
