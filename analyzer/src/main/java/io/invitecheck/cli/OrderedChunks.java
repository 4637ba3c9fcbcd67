package io.invitecheck.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a function over a stream of inputs on a thread pool and hands the results back in input
 * order on the calling thread. Inputs go to the pool in chunks (one task per chunk, so a task is
 * worth its hand-over), and at most a few chunks per thread are in flight, so memory stays constant
 * whatever the stream's length. The calling thread only reads inputs and consumes results: parsing,
 * analysis and rendering belong in the function, where they run on every core.
 */
final class OrderedChunks {
  /** Inputs per task: enough to make the hand-over negligible, few enough to keep all busy. */
  static final int CHUNK = 32;

  /** Chunks in flight per pool thread. */
  static final int CHUNKS_PER_THREAD = 4;

  /** A stream of inputs; null at the end. */
  interface Source<I> {
    I next() throws IOException;
  }

  /** Consumes results in input order. */
  interface Sink<O> {
    void accept(O result) throws IOException;
  }

  private OrderedChunks() {}

  /**
   * Applies {@code work} to every input of {@code source} on {@code pool} ({@code threads} threads)
   * and gives the results to {@code sink} in input order, on the calling thread.
   *
   * @throws IllegalStateException when {@code work} throws (it should turn failures into results)
   */
  static <I, O> void run(
      ExecutorService pool, int threads, Source<I> source, Function<I, O> work, Sink<O> sink)
      throws IOException, InterruptedException {
    int window = Math.max(2, threads * CHUNKS_PER_THREAD);
    ArrayDeque<Future<List<O>>> inFlight = new ArrayDeque<>(window);
    List<I> chunk = new ArrayList<>(CHUNK);
    I input;
    while ((input = source.next()) != null) {
      chunk.add(input);
      if (chunk.size() == CHUNK) {
        inFlight.add(submit(pool, chunk, work));
        chunk = new ArrayList<>(CHUNK);
        if (inFlight.size() >= window) {
          drain(inFlight.poll(), sink);
        }
      }
    }
    if (!chunk.isEmpty()) {
      inFlight.add(submit(pool, chunk, work));
    }
    while (!inFlight.isEmpty()) {
      drain(inFlight.poll(), sink);
    }
  }

  private static <I, O> Future<List<O>> submit(
      ExecutorService pool, List<I> chunk, Function<I, O> work) {
    return pool.submit(
        () -> {
          List<O> out = new ArrayList<>(chunk.size());
          for (I in : chunk) {
            out.add(work.apply(in));
          }
          return out;
        });
  }

  private static <O> void drain(Future<List<O>> next, Sink<O> sink)
      throws IOException, InterruptedException {
    List<O> results;
    try {
      results = next.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a batch task failed", e.getCause());
    }
    for (O r : results) {
      sink.accept(r);
    }
  }
}
