package dev.mapsmith.labeling;

import java.time.Instant;
import java.util.Objects;

/** Who set a primitive's review state, and when. The user is the operating-system user. */
public record ReviewStamp(String user, Instant at) {

  public ReviewStamp {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(at, "at");
  }
}
