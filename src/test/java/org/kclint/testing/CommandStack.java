package org.kclint.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.kclint.diag.InputLimits;

/**
 * Runs work on a thread with the stack the command line gives its work ({@link
 * InputLimits#STACK_BYTES}), not the one the test JVM happens to start with, so that a test of the
 * deepest accepted input proves the limits safe for the real command.
 */
public final class CommandStack {
  private CommandStack() {}

  public static <T> T call(Callable<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(work.call());
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "command-stack",
            InputLimits.STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure.get() instanceof RuntimeException e) {
      throw e;
    }
    if (failure.get() instanceof Error e) {
      throw e;
    }
    if (failure.get() != null) {
      throw new IllegalStateException(failure.get());
    }
    return result.get();
  }
}
