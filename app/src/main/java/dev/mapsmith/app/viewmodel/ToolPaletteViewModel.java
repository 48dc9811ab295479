package dev.mapsmith.app.viewmodel;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The active tool and, per tool, why it is disabled (empty when enabled). A disabled tool cannot
 * become active.
 */
public final class ToolPaletteViewModel {

  private final ObjectProperty<Tool> active =
      new SimpleObjectProperty<>(this, "active", Tool.SELECT);
  private final Map<Tool, ReadOnlyStringWrapper> disabledReason = new EnumMap<>(Tool.class);

  public ToolPaletteViewModel() {
    for (Tool t : Tool.values()) {
      disabledReason.put(t, new ReadOnlyStringWrapper(this, t.name(), ""));
    }
  }

  public ObjectProperty<Tool> activeProperty() {
    return active;
  }

  /** Why {@code tool} is disabled, or empty when it can be used. */
  public ReadOnlyStringProperty disabledReasonProperty(Tool tool) {
    return disabledReason.get(tool).getReadOnlyProperty();
  }

  public boolean isEnabled(Tool tool) {
    return disabledReason.get(tool).get().isEmpty();
  }

  /** Makes {@code tool} active when it is enabled; returns whether it did. */
  public boolean select(Tool tool) {
    if (!isEnabled(tool)) {
      return false;
    }
    active.set(tool);
    return true;
  }

  /** Recomputes which tools are usable; {@code reasonFor} answers empty for a met need. */
  public void refresh(Function<Need, String> reasonFor) {
    for (Tool t : Tool.values()) {
      disabledReason.get(t).set(reasonFor.apply(t.need()));
    }
    if (!isEnabled(active.get())) {
      active.set(Tool.SELECT);
    }
  }

  /** The tooltip for a tool: its name, its key, and why it is disabled if it is. */
  public String tooltip(Tool tool) {
    String base = tool.label() + "  (" + tool.key() + ")";
    String reason = disabledReason.get(tool).get();
    return reason.isEmpty() ? base : base + "\nDisabled: " + reason;
  }
}
