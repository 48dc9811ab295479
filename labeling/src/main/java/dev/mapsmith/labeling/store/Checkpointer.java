package dev.mapsmith.labeling.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sqlite.SQLiteConfig;

/**
 * Copies committed pages from the WAL into the project file on its own connection and daemon
 * thread, so that no edit waits for a checkpoint (SQLite's automatic checkpoint would run inside
 * whichever commit crosses the threshold). It runs {@code wal_checkpoint(PASSIVE)} — which never
 * blocks the writer — at most every {@link #PERIOD_MS} ms while there are new commits. Durability
 * does not depend on it: a commit is complete once it is in the WAL. See decision 0042.
 */
final class Checkpointer implements AutoCloseable {

  static final long PERIOD_MS = 200;

  private final Connection connection;
  private final Thread thread;
  private final AtomicBoolean dirty = new AtomicBoolean();
  private volatile boolean running = true;

  private Checkpointer(Connection connection, Path file) {
    this.connection = connection;
    this.thread = new Thread(this::loop, "mapsmith-checkpoint " + file.getFileName());
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Starts one for {@code file}; returns null when a second connection cannot be opened. */
  static Checkpointer start(Path file) {
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(ProjectStore.BUSY_TIMEOUT_MS);
      Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      return new Checkpointer(c, file);
    } catch (SQLException e) {
      return null; // the writer's own backstop checkpoint still bounds the WAL
    }
  }

  /** Tells the checkpointer that a transaction was committed. */
  void committed() {
    dirty.set(true);
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
      if (running && dirty.getAndSet(false)) {
        try (Statement s = connection.createStatement()) {
          s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
          dirty.set(true); // try again next period; the WAL keeps the data meanwhile
        }
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing anyway
    }
  }
}
