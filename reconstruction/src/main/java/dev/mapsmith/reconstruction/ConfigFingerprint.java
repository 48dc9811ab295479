package dev.mapsmith.reconstruction;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A configuration record as canonical JSON and a short hash of it, for provenance. The JSON lists
 * every component in declaration order, nested records as objects, numbers as Java prints them
 * ({@link Double#toString}), so the same configuration gives the same text and hash in every run,
 * and changing any value changes both.
 */
public final class ConfigFingerprint {

  /** Hex digits of the SHA-256 kept in the short hash. */
  static final int HASH_CHARS = 8;

  private ConfigFingerprint() {}

  /** {@code config} (a record whose components are records, numbers, booleans, strings, lists). */
  public static String json(Record config) {
    StringBuilder sb = new StringBuilder();
    write(config, sb);
    return sb.toString();
  }

  /** The first {@value #HASH_CHARS} hex digits of the SHA-256 of {@link #json}. */
  public static String hash(Record config) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(json(config).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, HASH_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void write(Object v, StringBuilder sb) {
    if (v instanceof Record r) {
      sb.append('{');
      RecordComponent[] cs = r.getClass().getRecordComponents();
      for (int i = 0; i < cs.length; i++) {
        sb.append(i == 0 ? "" : ",").append('"').append(cs[i].getName()).append("\":");
        write(value(r, cs[i]), sb);
      }
      sb.append('}');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        write(list.get(i), sb);
      }
      sb.append(']');
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      sb.append(Double.isFinite(d) ? Double.toString(d) : "\"" + d + "\"");
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v == null) {
      sb.append("null");
    } else {
      sb.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
  }

  private static Object value(Record r, RecordComponent c) {
    try {
      java.lang.reflect.Method m = c.getAccessor();
      m.setAccessible(true); // package-private stage records
      return m.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r, e);
    }
  }
}
