package org.kclint.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.kclint.diag.InputLimits;
import org.kclint.kconfig.KconfigTree;

/**
 * Resolves many configs against one tree on several cores. A resolver serves one config at a time,
 * so each worker finalizes its own copy of the tree (about what one config's resolution costs); the
 * results are handed on in the order of the inputs, on the caller's thread, so that what is printed
 * and written is what one resolver working through them in turn prints and writes.
 *
 * @param first a resolver of {@code tree} already built, used by one of the workers
 * @param workers how many configs to resolve at once
 */
public record ResolverPool(KconfigTree tree, Resolver first, int workers) {
  /** As many workers as the machine has cores. */
  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Runs {@code work} on each input and passes each input with its result to {@code inOrder}, in
   * input order. Where {@code work} throws for an input, the results before it are passed on, then
   * it is thrown.
   */
  public <I, R> void forEach(
      List<I> inputs, BiFunction<Resolver, I, R> work, BiConsumer<? super I, ? super R> inOrder) {
    int threads = Math.min(workers, inputs.size());
    if (threads <= 1) {
      inputs.forEach(input -> inOrder.accept(input, work.apply(first, input)));
      return;
    }
    AtomicBoolean firstTaken = new AtomicBoolean();
    ThreadLocal<Resolver> resolver =
        ThreadLocal.withInitial(
            () -> firstTaken.compareAndSet(false, true) ? first : Resolver.of(tree));
    // The resolver recurses as deep as the tree nests, as on the command's own thread.
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(null, r, "kclint-resolve", InputLimits.STACK_BYTES);
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<R>> results = new ArrayList<>();
      for (I input : inputs) {
        results.add(pool.submit(() -> work.apply(resolver.get(), input)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        inOrder.accept(inputs.get(i), results.get(i).get());
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
