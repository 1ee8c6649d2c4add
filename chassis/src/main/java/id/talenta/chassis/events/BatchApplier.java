package id.talenta.chassis.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies a Kafka batch (one poll, up to {@code max.poll.records}) in ONE transaction: one commit and, in the
 * handlers, one statement per table instead of one per event, while the inbox still records every event. If anything
 * in the batch fails, the transaction is rolled back and each record is applied alone in its own transaction, so a
 * poison record is nacked to the dead-letter topic by itself (the channel's failure strategy) and the rest is kept.
 */
@ApplicationScoped
public class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);
    /** Attempts for one record applied alone before it is given up to the dead-letter topic (poison: at once). */
    static final int ATTEMPTS_ALONE = 3;

    @Inject
    EntityManager em;

    public CompletionStage<Void> apply(
            KafkaRecordBatch<String, String> batch, Consumer<List<ConsumerRecord<String, String>>> handler) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        try {
            QuarkusTransaction.requiringNew().run(() -> run(records, handler));
        } catch (RuntimeException batchFailure) {
            LOG.debugf(
                    "batch of %d records failed (%s); applying them one by one",
                    records.size(), batchFailure.getClass().getSimpleName());
            for (KafkaRecord<String, String> record : records) {
                RuntimeException failure = alone(record, handler);
                if (failure != null) {
                    record.nack(failure).toCompletableFuture().join();
                }
            }
        }
        return batch.ack();
    }

    private RuntimeException alone(
            KafkaRecord<String, String> record, Consumer<List<ConsumerRecord<String, String>>> handler) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS_ALONE; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> run(List.of(record), handler));
                return null;
            } catch (PoisonMessageException poison) {
                return poison;
            } catch (RuntimeException e) {
                last = e; // e.g. no connection for a moment: back off briefly before trying again
                try {
                    Thread.sleep(200L << attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return e;
                }
            }
        }
        return last;
    }

    private void run(
            List<KafkaRecord<String, String>> records, Consumer<List<ConsumerRecord<String, String>>> handler) {
        // Flushes happen where the code needs them, not before every native statement of a large batch.
        em.setFlushMode(FlushModeType.COMMIT);
        handler.accept(records.stream().map(BatchApplier::consumerRecord).toList());
    }

    @SuppressWarnings("unchecked")
    static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> (ConsumerRecord<String, String>) m.getRecord())
                .orElseThrow(() -> new PoisonMessageException("not a Kafka record"));
    }
}
