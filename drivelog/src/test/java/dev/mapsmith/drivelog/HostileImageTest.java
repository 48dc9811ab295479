package dev.mapsmith.drivelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image bombs (issue 17): a camera frame of a few hundred bytes whose header claims 100,000 ×
 * 100,000 pixels (PNG) or 60,000 × 60,000 (JPEG) is refused from its header with an error naming
 * the file and the size, before any pixel memory is allocated; a real image still decodes. Runs in
 * a small heap (see the pom), where decoding such an image would end in an OutOfMemoryError.
 */
class HostileImageTest {

  @TempDir Path dir;

  @Test
  void aSmallPngClaimingTenBillionPixelsIsRefusedFromItsHeader() throws Exception {
    byte[] png = png(8, 8);
    ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000); // IHDR width, height
    fixIhdrCrc(png);
    Path file = dir.resolve("bomb.png");
    Files.write(file, png);
    ImageFileFrame frame = new ImageFileFrame(0, 0, file);
    HostileFiles.within(
        10,
        () ->
            assertThatThrownBy(frame::decode)
                .isInstanceOf(DriveLogException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("100000 × 100000 pixel image")
                .hasMessageContaining("per-file budget"));
  }

  @Test
  void aSmallJpegClaimingThreeBillionPixelsIsRefusedFromItsHeader() throws Exception {
    byte[] jpeg = jpeg(16, 16);
    int sof = sofOffset(jpeg);
    // height and width: 60,000 each (ImageIO's JPEG reader stops at 65,500)
    ByteBuffer.wrap(jpeg).putShort(sof + 5, (short) 60_000).putShort(sof + 7, (short) 60_000);
    Path bag = dir.resolve("camera.mcap");
    HostileFiles.within(
        10,
        () ->
            assertThatThrownBy(() -> CameraImages.decode(jpeg, 0, jpeg.length, bag, "message 3"))
                .isInstanceOf(DriveLogException.class)
                .hasMessageContaining(bag + " (message 3)")
                .hasMessageContaining("60000 × 60000 pixel image"));
  }

  @Test
  void realImagesStillDecodeAndGarbageIsNamed() throws Exception {
    Path file = dir.resolve("ok.png");
    Files.write(file, png(40, 30));
    BufferedImage img = new ImageFileFrame(0, 0, file).decode();
    assertThat(img.getWidth()).isEqualTo(40);
    assertThat(img.getHeight()).isEqualTo(30);
    byte[] jpeg = jpeg(16, 12);
    assertThat(CameraImages.decode(jpeg, 0, jpeg.length, file, "").getHeight()).isEqualTo(12);
    Path junk = dir.resolve("junk.jpg");
    Files.writeString(junk, "not an image");
    assertThatThrownBy(new ImageFileFrame(0, 0, junk)::decode)
        .hasMessageContaining(junk.toString())
        .hasMessageContaining("not an image format");
  }

  private static byte[] png(int w, int h) throws Exception {
    return encode(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png");
  }

  private static byte[] jpeg(int w, int h) throws Exception {
    return encode(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "jpg");
  }

  private static byte[] encode(BufferedImage img, String format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, format, out)).isTrue();
    return out.toByteArray();
  }

  /** The IHDR chunk starts at byte 8: length, "IHDR", 13 data bytes, CRC over type and data. */
  private static void fixIhdrCrc(byte[] png) {
    CRC32 crc = new CRC32();
    crc.update(png, 12, 17);
    ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
  }

  /** The offset of the SOF0/SOF2 marker (FF C0 / FF C2). */
  private static int sofOffset(byte[] jpeg) {
    for (int i = 2; i + 9 < jpeg.length; i++) {
      if ((jpeg[i] & 0xff) == 0xff
          && ((jpeg[i + 1] & 0xff) == 0xc0 || (jpeg[i + 1] & 0xff) == 0xc2)) {
        return i;
      }
    }
    throw new AssertionError("no SOF marker");
  }
}
