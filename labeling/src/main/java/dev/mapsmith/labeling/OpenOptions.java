package dev.mapsmith.labeling;

/**
 * How to open a project. {@code readOnly} takes no lock and refuses edits, so it works while
 * another process edits. {@code maxPages} caps the file's size in SQLite pages (0: no cap); a write
 * that would grow past it fails like a full disk.
 */
public record OpenOptions(boolean readOnly, long maxPages) {

  public static final OpenOptions DEFAULT = new OpenOptions(false, 0);
  public static final OpenOptions READ_ONLY = new OpenOptions(true, 0);

  public OpenOptions {
    if (maxPages < 0) {
      throw new IllegalArgumentException("maxPages < 0: " + maxPages);
    }
  }
}
