package id.talenta.bench;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Applies an action to every item with a fixed number of threads; the first failure stops the rest. */
final class Parallel {

    private Parallel() {}

    static <T> void forEach(List<T> items, int threads, String label, Consumer<T> action) {
        ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>(items);
        ConcurrentLinkedQueue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                T item;
                while (failures.isEmpty() && (item = queue.poll()) != null) {
                    try {
                        action.accept(item);
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
        }
        pool.shutdown();
        long lastPrint = System.nanoTime();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                    System.out.printf("    %s: %,d of %,d%n", label, done.get(), items.size());
                    lastPrint = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.peek();
            throw new IllegalStateException(
                    label + " failed after " + done.get() + " of " + items.size() + ": " + first.getMessage(), first);
        }
    }
}
