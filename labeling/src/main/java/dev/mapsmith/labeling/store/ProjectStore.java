package dev.mapsmith.labeling.store;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.labeling.ProjectException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite project file: opening (header check, version check, writer lock), migrations, and the
 * connection that {@link PrimitiveTable} and {@link ProjectTables} write through. WAL journal,
 * {@code synchronous=NORMAL}, a busy timeout; each write is one transaction. WAL checkpoints run in
 * the background ({@link Checkpointer}), never inside a commit (decision 0042).
 */
public final class ProjectStore implements AutoCloseable {

  static final int BUSY_TIMEOUT_MS = 5000;
  static final int BACKSTOP_CHECKPOINT_PAGES = 100_000;
  static final int CACHE_KIB = 65_536;

  private final Path file;
  private final Connection connection;
  private final ProjectLock lock;
  private final boolean readOnly;
  private final FrameOfReference frame;
  private final PrimitiveTable primitives;
  private final ProjectTables tables;
  private final LaneTable lanes;
  private final Checkpointer checkpointer;

  private ProjectStore(Path file, Connection connection, ProjectLock lock, boolean readOnly)
      throws SQLException {
    this.file = file;
    this.connection = connection;
    this.lock = lock;
    this.readOnly = readOnly;
    Map<String, String> meta = readMeta(connection);
    this.frame = frameFrom(meta);
    this.primitives = new PrimitiveTable(this, Long.parseLong(meta.getOrDefault("next_id", "1")));
    this.tables = new ProjectTables(this);
    this.lanes = new LaneTable(this);
    this.checkpointer = readOnly ? null : Checkpointer.start(file);
  }

  /**
   * Creates a new project file. It is built under a temporary name beside {@code file} and moved
   * into place when complete, so a failure leaves no project file at all.
   */
  public static ProjectStore create(Path file, FrameOfReference frame) {
    if (Files.exists(file)) {
      throw new ProjectException(file, "already exists; open it instead");
    }
    Path parent = file.toAbsolutePath().getParent();
    Path temp =
        parent.resolve("." + file.getFileName() + ".creating-" + ProcessHandle.current().pid());
    try {
      try (Connection c = connect(temp, false, true)) {
        Schema.migrate(c, Schema.CURRENT);
        writeMeta(c, frame);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException | IOException e) {
      deleteQuietly(temp);
      throw new ProjectException(file, "cannot create project (" + storageHint(e) + ")", e);
    }
    return open(file, false, 0);
  }

  /** Opens an existing project; a writer takes the project's lock first. */
  public static ProjectStore open(Path file, boolean readOnly, long maxPages) {
    SqliteHeader.check(file);
    if (!readOnly) {
      requireWritable(file);
    }
    ProjectLock lock = readOnly ? null : ProjectLock.acquire(file);
    Connection c = null;
    try {
      c = connect(file, readOnly, false);
      int version = Schema.version(c);
      if (version > Schema.CURRENT) {
        throw new ProjectException(
            file,
            "made by a newer Mapsmith (schema version "
                + version
                + ", this one reads up to "
                + Schema.CURRENT
                + "); it was not changed");
      }
      if (version == 0) {
        throw new ProjectException(
            file, "not a Mapsmith project (an SQLite file without a schema version)");
      }
      SchemaCheck.require(file, c, version);
      if (!readOnly) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          // checkpoints run on the Checkpointer's thread; this is only a backstop (~400 MB)
          s.execute("PRAGMA wal_autocheckpoint=" + BACKSTOP_CHECKPOINT_PAGES);
          s.execute("PRAGMA cache_size=-" + CACHE_KIB);
          if (maxPages > 0) {
            s.execute("PRAGMA max_page_count=" + maxPages);
          }
        }
        Schema.migrate(c, Schema.CURRENT);
      } else if (version < Schema.CURRENT) {
        throw new ProjectException(
            file, "schema version " + version + " needs migrating; open it once for writing");
      }
      return new ProjectStore(file, c, lock, readOnly);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c);
      if (lock != null) {
        lock.close();
      }
      if (e instanceof ProjectException pe) {
        throw pe;
      }
      throw new ProjectException(file, "cannot open project: " + describe(e), e);
    }
  }

  /**
   * Fails at once when {@code file} (or, for a new project, its folder) cannot be written, so that
   * a command finds out before its work rather than when it saves. The folder must be writable too:
   * SQLite keeps its write-ahead log beside the file.
   */
  public static void requireWritable(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new ProjectException(
          file, "the project file is read-only; nothing could be saved (open it read-only)");
    }
    if (folder != null && !Files.isWritable(folder)) {
      throw new ProjectException(
          file,
          "the folder "
              + folder
              + " is read-only; nothing could be saved (SQLite writes its log beside the file)");
    }
  }

  private static Connection connect(Path file, boolean readOnly, boolean create)
      throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.resetOpenMode(SQLiteOpenMode.CREATE);
    if (readOnly) {
      config.setReadOnly(true);
    } else if (create) {
      config.setOpenMode(SQLiteOpenMode.CREATE);
    }
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    Connection c = config.createConnection(url(file, readOnly));
    try (Statement s = c.createStatement()) {
      // the file is untrusted: functions with side effects never run from its schema
      s.execute("PRAGMA trusted_schema=OFF");
      s.execute("PRAGMA cell_size_check=ON");
    }
    if (create) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
      }
    }
    return c;
  }

  /**
   * The JDBC URL. A reader in a folder it cannot write opens the file as immutable, so SQLite
   * creates no {@code -shm}/{@code -wal} files there; when a write-ahead log with content is
   * present it must be read, so the plain read-only open is used.
   */
  private static String url(Path file, boolean readOnly) {
    Path abs = file.toAbsolutePath();
    Path folder = abs.getParent();
    if (readOnly && folder != null && !Files.isWritable(folder) && !hasWalContent(abs)) {
      return "jdbc:sqlite:" + abs.toUri() + "?immutable=1";
    }
    return "jdbc:sqlite:" + abs;
  }

  private static boolean hasWalContent(Path file) {
    Path wal = file.resolveSibling(file.getFileName() + "-wal");
    try {
      return Files.exists(wal) && Files.size(wal) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  private static void writeMeta(Connection c, FrameOfReference frame) throws SQLException {
    Map<String, String> meta = new HashMap<>();
    meta.put("created", Instant.now().toString());
    meta.put("next_id", "1");
    if (frame instanceof LocalEnuFrame enu) {
      meta.put("frame", "enu");
      meta.put("origin_lat", Double.toString(enu.origin().latDeg()));
      meta.put("origin_lon", Double.toString(enu.origin().lonDeg()));
      meta.put("origin_alt", Double.toString(enu.origin().altM()));
    } else if (frame instanceof NamedLocalFrame local) {
      meta.put("frame", "local");
      meta.put("frame_name", local.name());
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : meta.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.executeUpdate();
      }
    }
  }

  private static Map<String, String> readMeta(Connection c) throws SQLException {
    Map<String, String> meta = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT key, value FROM meta")) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    }
    return meta;
  }

  private FrameOfReference frameFrom(Map<String, String> meta) {
    String kind = meta.get("frame");
    if ("enu".equals(kind)) {
      return new LocalEnuFrame(
          new GeoOrigin(
              Double.parseDouble(meta.get("origin_lat")),
              Double.parseDouble(meta.get("origin_lon")),
              Double.parseDouble(meta.get("origin_alt"))));
    }
    if ("local".equals(kind)) {
      return new NamedLocalFrame(meta.get("frame_name"));
    }
    throw new ProjectException(
        file, "project has no frame of reference (meta key 'frame' = " + kind + ")");
  }

  public Path file() {
    return file;
  }

  public boolean readOnly() {
    return readOnly;
  }

  public FrameOfReference frame() {
    return frame;
  }

  public PrimitiveTable primitives() {
    return primitives;
  }

  public ProjectTables tables() {
    return tables;
  }

  public LaneTable lanes() {
    return lanes;
  }

  Connection connection() {
    return connection;
  }

  /** Runs {@code PRAGMA integrity_check}; "ok" when the file is sound. */
  public String integrityCheck() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      StringBuilder sb = new StringBuilder();
      while (rs.next()) {
        sb.append(sb.isEmpty() ? "" : "; ").append(rs.getString(1));
      }
      return sb.toString();
    } catch (SQLException e) {
      throw failure("integrity check failed", e);
    }
  }

  /** Wraps a database error into a message that names the file and what the user can do. */
  ProjectException failure(String what, Exception e) {
    return new ProjectException(file, what + ": " + describe(e), e);
  }

  /** Called after each commit: lets the background checkpointer copy the WAL into the file. */
  void committed() {
    if (checkpointer != null) {
      checkpointer.committed();
    }
  }

  void requireWritable() {
    if (readOnly) {
      throw new ProjectException(file, "opened read-only; edits are refused");
    }
  }

  static String describe(Exception e) {
    if (e instanceof SQLiteException se) {
      SQLiteErrorCode code = se.getResultCode();
      switch (code.code & 0xff) {
        case 13:
          return "the disk is full or the project reached its size limit; nothing was saved";
        case 8:
          return "the storage is read-only; nothing was saved";
        case 10:
          return "disk I/O error; nothing was saved (" + se.getMessage() + ")";
        case 11:
        case 26:
          return "the file is corrupt or not a database (" + se.getMessage() + ")";
        case 14:
          return "cannot open the file (is the folder writable?)";
        default:
          return se.getMessage();
      }
    }
    if (e instanceof RuntimeException) {
      return "the project file is damaged or was not made by Mapsmith ("
          + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + ")";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  private static String storageHint(Exception e) {
    if (e instanceof IOException) {
      return "cannot write to the folder: " + e.getMessage();
    }
    return describe(e);
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing
      }
    }
  }

  private static void deleteQuietly(Path p) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(p.resolveSibling(p.getFileName() + suffix));
      } catch (IOException ignored) {
        // best effort
      }
    }
  }

  @Override
  public void close() {
    if (checkpointer != null) {
      checkpointer.close();
    }
    primitives.closeStatements();
    closeQuietly(connection);
    if (lock != null) {
      lock.close();
    }
  }
}
