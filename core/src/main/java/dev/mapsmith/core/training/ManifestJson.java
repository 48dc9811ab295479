package dev.mapsmith.core.training;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON that manifests need, without a library (core uses the JDK only): writes maps,
 * collections, arrays, strings, numbers, booleans and null, indented; reads them back as {@code
 * Map<String, Object>}, {@code List<Object>}, {@code String}, {@code Double}/{@code Long}, {@code
 * Boolean} and null.
 */
final class ManifestJson {

  private final String text;
  private int at;

  private ManifestJson(String text) {
    this.text = text;
  }

  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, "");
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object v, String indent) {
    String in = indent + "  ";
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      String sep = "\n";
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(sep).append(in);
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), in);
        sep = ",\n";
      }
      sb.append(m.isEmpty() ? "}" : "\n" + indent + "}");
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      String sep = "";
      for (Object o : c) {
        sb.append(sep);
        write(sb, o, in);
        sep = ", ";
      }
      sb.append(']');
    } else if (v.getClass().isArray()) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < Array.getLength(v); i++) {
        list.add(Array.get(v, i));
      }
      write(sb, list, indent);
    } else if (v instanceof Number || v instanceof Boolean) {
      if (v instanceof Double d && !Double.isFinite(d)) {
        sb.append("null");
      } else {
        sb.append(v);
      }
    } else {
      string(sb, v.toString());
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * Parses one JSON value.
   *
   * @throws IllegalArgumentException with the character offset when the text is not JSON
   */
  static Object read(String text) {
    ManifestJson p = new ManifestJson(text);
    Object v = p.value();
    p.space();
    if (p.at != text.length()) {
      throw p.error("text after the JSON value");
    }
    return v;
  }

  private Object value() {
    space();
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    if (c == '{') {
      at++;
      Map<String, Object> m = new LinkedHashMap<>();
      space();
      if (peek('}')) {
        return m;
      }
      do {
        space();
        if (!peek('"')) {
          throw error("expected a string key");
        }
        String key = string();
        space();
        expect(':');
        m.put(key, value());
        space();
      } while (peek(','));
      expect('}');
      return m;
    }
    if (c == '[') {
      at++;
      List<Object> list = new ArrayList<>();
      space();
      if (peek(']')) {
        return list;
      }
      do {
        list.add(value());
        space();
      } while (peek(','));
      expect(']');
      return list;
    }
    if (c == '"') {
      at++;
      return string();
    }
    for (String word : List.of("true", "false", "null")) {
      if (text.startsWith(word, at)) {
        at += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String num = text.substring(start, at);
    try {
      return num.matches("-?\\d+") ? (Object) Long.valueOf(num) : (Object) Double.valueOf(num);
    } catch (NumberFormatException e) {
      at = start;
      throw error("unexpected character '" + c + "'");
    }
  }

  private String string() {
    StringBuilder sb = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        if (at >= text.length()) {
          break;
        }
        char e = text.charAt(at++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw error("short \\u escape");
            }
            sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
    throw error("unterminated string");
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private boolean peek(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("malformed JSON at character " + at + ": " + what);
  }
}
