package dev.mapsmith.labeling.edit;

import dev.mapsmith.labeling.ReviewStamp;
import java.time.Instant;
import java.util.function.LongSupplier;

/** What a command may use while planning: who edits, when, and fresh primitive ids. */
public record EditContext(String user, Instant now, LongSupplier ids) {

  public long newId() {
    return ids.getAsLong();
  }

  public ReviewStamp stamp() {
    return new ReviewStamp(user, now);
  }
}
