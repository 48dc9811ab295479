package dev.mapsmith.app.view;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The main window's keyboard shortcuts, handled in the scene's event filter so that focused
 * controls (a slider, a button) do not swallow them; keys typed into a text field are left alone.
 */
final class KeyBindings {

  private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

  /** The bound key combinations, as bound. */
  java.util.Set<KeyCombination> keys() {
    return java.util.Collections.unmodifiableSet(actions.keySet());
  }

  KeyBindings bind(String keys, Runnable action) {
    actions.put(KeyCombination.valueOf(keys), action);
    return this;
  }

  /**
   * Handles the bound keys in {@code scene}; none while {@code suspended} answers true (a menu is
   * open: its arrow keys move in the menu, they do not step the timeline).
   */
  void install(Scene scene, java.util.function.BooleanSupplier suspended) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getTarget() instanceof TextInputControl || suspended.getAsBoolean()) {
            return;
          }
          for (Map.Entry<KeyCombination, Runnable> a : actions.entrySet()) {
            if (a.getKey().match(e)) {
              e.consume();
              a.getValue().run();
              return;
            }
          }
        });
  }
}
