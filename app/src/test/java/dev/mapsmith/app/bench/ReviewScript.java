package dev.mapsmith.app.bench;

import dev.mapsmith.app.view.PlanCoordinates;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.ProjectSession;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A labeler's review session as input events only: for each automatic primitive N (next, centred),
 * then A (accept), or M + a vertex drag + V (fix), or Delete; at the end L, three clicks and Enter
 * (draw) per new line; 0 (fit) first. Keys go to the scene (its shortcuts), mouse events to the top
 * view, each on the JavaFX thread as the platform would deliver them; the script waits for each
 * edit to be in the project file before the next primitive, as a user waits to see it. Counts the
 * user's input events: a key press, a click and a drag count one each.
 */
public final class ReviewScript {

  /** How the reviewed primitives are handled; {@link #scaled} keeps 90/5/3/2 per 100. */
  public record Plan(int accept, int fix, int delete, int draw) {
    public static Plan scaled(int primitives) {
      int fix = Math.max(1, Math.round(primitives * 0.05f));
      int delete = Math.max(1, Math.round(primitives * 0.03f));
      int draw = Math.max(1, Math.round(primitives * 0.02f));
      return new Plan(primitives - fix - delete, fix, delete, draw);
    }

    public int reviewed() {
      return accept + fix + delete;
    }
  }

  /** What the session took: input events, wall time, and the primitives left automatic. */
  public record Outcome(int events, long wallNs, long autoLeft) {}

  /** Runs work on the JavaFX thread and waits for it. */
  public interface OnFx {
    <T> T call(Callable<T> work) throws Exception;
  }

  private final Scene scene;
  private final MainViewModel vm;
  private final PlanCoordinates coords;
  private final Node top;
  private final OnFx fx;
  private int events;

  public ReviewScript(Scene scene, MainViewModel vm, PlanCoordinates coords, OnFx fx) {
    this.scene = scene;
    this.vm = vm;
    this.coords = coords;
    this.top = scene.lookup("#top-view");
    this.fx = fx;
  }

  /** Runs {@code plan} from a thread other than the JavaFX one. */
  public Outcome run(Plan plan) throws Exception {
    long t0 = System.nanoTime();
    key(KeyCode.DIGIT0); // fit the top view
    for (int i = 0; i < plan.reviewed(); i++) {
      key(KeyCode.N);
      Primitive p = fx.call(() -> vm.inspector().selectedProperty().get());
      if (p == null || p.review() != ReviewState.AUTO) {
        throw new IllegalStateException("N selected no automatic primitive (step " + i + ")");
      }
      if (i < plan.fix()) {
        key(KeyCode.M);
        Point2D from =
            fx.call(
                () ->
                    top.screenToLocal(coords.worldToScreen(p.geometry().x(0), p.geometry().y(0))));
        drag(from, from.add(6, -4));
        key(KeyCode.V);
      } else if (i < plan.fix() + plan.delete()) {
        key(KeyCode.DELETE);
      } else {
        key(KeyCode.A);
      }
      settle();
    }
    for (int i = 0; i < plan.draw(); i++) {
      key(KeyCode.L);
      double w = fx.call(() -> top.getLayoutBounds().getWidth());
      double h = fx.call(() -> top.getLayoutBounds().getHeight());
      for (int k = 0; k < 3; k++) {
        click(new Point2D(w * (0.3 + 0.15 * k), h * (0.2 + 0.1 * i + 0.02 * k)));
      }
      key(KeyCode.ENTER);
      settle();
      key(KeyCode.V);
    }
    long wall = System.nanoTime() - t0;
    long auto =
        fx.call(
            () ->
                vm.mapProperty().get().primitives().stream()
                    .filter(p -> p.review() == ReviewState.AUTO)
                    .count());
    return new Outcome(events, wall, auto);
  }

  /** Waits until the project's writer has done every edit so far and the UI has shown it. */
  private void settle() throws Exception {
    ProjectSession s = fx.call(vm::projectProperty).get();
    s.call(p -> null).get(30, TimeUnit.SECONDS);
    fx.call(() -> null);
  }

  private void key(KeyCode code) throws Exception {
    events++;
    fx.call(
        () -> {
          EventTarget target =
              scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
          Event.fireEvent(target, keyEvent(KeyEvent.KEY_PRESSED, code));
          Event.fireEvent(target, keyEvent(KeyEvent.KEY_RELEASED, code));
          return null;
        });
  }

  private static KeyEvent keyEvent(javafx.event.EventType<KeyEvent> type, KeyCode code) {
    return new KeyEvent(type, "", code.getName(), code, false, false, false, false);
  }

  /** A click at {@code at} (the top view's pixels). */
  private void click(Point2D at) throws Exception {
    events++;
    fx.call(
        () -> {
          mouse(MouseEvent.MOUSE_PRESSED, at, true, true);
          mouse(MouseEvent.MOUSE_RELEASED, at, false, true);
          mouse(MouseEvent.MOUSE_CLICKED, at, false, true);
          return null;
        });
  }

  /** A drag from {@code from} to {@code to} in five moves (the top view's pixels). */
  private void drag(Point2D from, Point2D to) throws Exception {
    events++;
    fx.call(
        () -> {
          mouse(MouseEvent.MOUSE_PRESSED, from, true, true);
          for (int k = 1; k <= 5; k++) {
            mouse(MouseEvent.MOUSE_DRAGGED, from.interpolate(to, k / 5.0), true, false);
          }
          mouse(MouseEvent.MOUSE_RELEASED, to, false, false);
          return null;
        });
  }

  private void mouse(
      javafx.event.EventType<MouseEvent> type, Point2D local, boolean down, boolean still) {
    Node n = top;
    Point2D s = n.localToScene(local);
    Point2D screen = n.localToScreen(local);
    Event.fireEvent(
        n,
        new MouseEvent(
            type,
            s.getX(),
            s.getY(),
            screen == null ? 0 : screen.getX(),
            screen == null ? 0 : screen.getY(),
            MouseButton.PRIMARY,
            type == MouseEvent.MOUSE_CLICKED ? 1 : 0,
            false,
            false,
            false,
            false,
            down,
            false,
            false,
            false,
            false,
            still,
            null));
  }
}
