package dev.mapsmith.app.port;

/**
 * Whether a port is backed by a working module; when not, the reason a user sees in the disabled
 * action's tooltip.
 */
public record Availability(boolean available, String reason) {

  public static final Availability AVAILABLE = new Availability(true, "");

  public static Availability missing(String reason) {
    return new Availability(false, reason);
  }
}
