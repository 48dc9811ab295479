package dev.mapsmith.labeling.export.mcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mapsmith.drivelog.PointCloud;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The point cloud and image messages splice their base64 data into the JSON themselves: the bytes
 * must be exactly what Jackson writes for the same message with the data set as a string member.
 */
class FoxgloveMessagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void pointCloudIsTheJsonJacksonWritesWithItsDataDecodingToThePoints() throws Exception {
    for (int n : new int[] {0, 1, 2, 3, 1000}) {
      PointCloud c = PointCloud.allocate(n, false);
      for (int i = 0; i < n; i++) {
        c.x()[i] = i * 0.5f;
        c.y()[i] = -i;
        c.z()[i] = 1e-3f * i;
        c.intensity()[i] = (i % 7) / 7f;
      }
      byte[] got = FoxgloveMessages.pointCloud(1_700_000_000_123_456_789L, "lidar", c);
      JsonNode m = JSON.readTree(got);
      ByteBuffer want = ByteBuffer.allocate(16 * n).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < n; i++) {
        want.putFloat(c.x()[i]).putFloat(c.y()[i]).putFloat(c.z()[i]).putFloat(c.intensity()[i]);
      }
      assertThat(Base64.getDecoder().decode(m.get("data").asText())).isEqualTo(want.array());
      assertThat(m.get("point_stride").asInt()).isEqualTo(16);
      assertThat(m.get("timestamp").get("nsec").asLong()).isEqualTo(123_456_789L);
      ObjectNode reference = (ObjectNode) JSON.readTree(got);
      reference.put("data", Base64.getEncoder().encodeToString(want.array()));
      assertThat(got).isEqualTo(JSON.writeValueAsBytes(reference));
    }
  }

  @Test
  void compressedImageKeepsItsBytesAndMembers() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 255};
    byte[] got = FoxgloveMessages.compressedImage(5_000_000_000L, "cam", png, "png");
    JsonNode m = JSON.readTree(got);
    assertThat(m.get("frame_id").asText()).isEqualTo("cam");
    assertThat(m.get("format").asText()).isEqualTo("png");
    assertThat(Base64.getDecoder().decode(m.get("data").asText())).isEqualTo(png);
    assertThat(m.get("timestamp").get("sec").asLong()).isEqualTo(5);
  }
}
