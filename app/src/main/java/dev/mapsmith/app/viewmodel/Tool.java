package dev.mapsmith.app.viewmodel;

/** The tools of the palette, each with its keyboard shortcut and what it needs to work. */
public enum Tool {
  SELECT("Select and hover", "V", Need.NOTHING),
  MOVE_VERTEX("Move vertex (height snaps to the ground)", "M", Need.PROJECT),
  INSERT_VERTEX("Insert vertex", "I", Need.PROJECT),
  DELETE_VERTEX("Delete vertex", "D", Need.PROJECT),
  DRAW_POLYLINE("Draw polyline", "L", Need.PROJECT),
  DRAW_POLYGON("Draw polygon", "P", Need.PROJECT),
  SPLIT("Split at vertex", "S", Need.PROJECT),
  MERGE("Merge two primitives", "J", Need.PROJECT),
  REVERSE("Reverse direction", "E", Need.PROJECT),
  CHANGE_TYPE("Change class", "T", Need.PROJECT),
  AREA("Draw reconstruction area (rectangle)", "B", Need.RECONSTRUCTION);

  private final String label;
  private final String key;
  private final Need need;

  Tool(String label, String key, Need need) {
    this.label = label;
    this.key = key;
    this.need = need;
  }

  public String label() {
    return label;
  }

  /** The shortcut in {@code KeyCombination} syntax, e.g. {@code M}. */
  public String key() {
    return key;
  }

  public Need need() {
    return need;
  }
}
