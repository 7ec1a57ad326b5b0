package dev.encke.benchmarks.kit;

import java.util.Random;

/**
 * A benchmarked server as the {@link ControlLoop} drives it. Calls come from one publishing thread at
 * a time.
 */
public interface PushTarget {

  /** How many client sessions the server holds now. */
  int sessionCount();

  /** Pushes the payload to every subscribed session, the way an application broadcasts. */
  void broadcast(long n, long sentNanos);

  /** Takes a fresh snapshot of the sessions that {@link #pushToRandom} picks from. */
  void snapshotTargets();

  /** Pushes the payload to one session of the snapshot, picked with {@code random}. */
  void pushToRandom(Random random, long n, long sentNanos);

  /**
   * The settings that decide how this server batches and accepts, as it reads them back from the
   * running server, for the report: {@code name=value} pairs separated by spaces.
   */
  String settings();
}
