package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.PlanSummary;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A few tiles of the planned training set, one row each: the tile's channels in grey (as the
 * network sees them, each stretched over the tile) and its class mask in colour.
 */
final class TilePreviewView extends VBox {

  /** Mask colours by class index: background dark, then the lane classes. */
  private static final int[] CLASS_ARGB = {
    0xff202020, 0xffffffff, 0xffffd700, 0xffff8c00, 0xff00ced1, 0xffff3030
  };

  private static final List<String> CHANNEL_NAMES =
      dev.mapsmith.core.training.TrainingSetFormat.CHANNELS;

  TilePreviewView() {
    super(4);
    setId("plan-previews");
  }

  void show(List<PlanSummary.Preview> previews) {
    getChildren().clear();
    for (PlanSummary.Preview p : previews) {
      HBox row = new HBox(4);
      row.getStyleClass().add("plan-preview");
      for (int c = 0; c < p.channels().size(); c++) {
        row.getChildren().add(image(p.size(), grey(p.channels().get(c)), CHANNEL_NAMES.get(c)));
      }
      row.getChildren().add(image(p.size(), classes(p.mask()), "label mask"));
      Label caption = new Label(p.tile() + " (" + p.split() + ", " + p.labels() + " labels)");
      caption.setMnemonicParsing(false);
      getChildren().addAll(caption, row);
    }
  }

  private static ImageView image(int size, int[] argb, String tip) {
    WritableImage img = new WritableImage(size, size);
    img.getPixelWriter()
        .setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
    ImageView v = new ImageView(img);
    v.setFitWidth(72);
    v.setFitHeight(72);
    Tooltip.install(v, new Tooltip(tip));
    v.setUserData(tip);
    return v;
  }

  private static int[] grey(byte[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      int g = values[i] & 0xff;
      out[i] = 0xff000000 | g << 16 | g << 8 | g;
    }
    return out;
  }

  private static int[] classes(byte[] mask) {
    int[] out = new int[mask.length];
    for (int i = 0; i < mask.length; i++) {
      out[i] = CLASS_ARGB[Math.min(CLASS_ARGB.length - 1, mask[i] & 0xff)];
    }
    return out;
  }
}
