package dev.mapsmith.viewer3d.render;

/** GLSL 3.30 core sources. Every fragment shader writes a colour and a pick id. */
final class Shaders {

  private Shaders() {}

  static final String POINTS_VS =
      """
      #version 330 core
      layout(location = 0) in vec4 aPos;    // x, y, z, intensity
      layout(location = 1) in uvec2 aExtra; // class << 8 | drive, time in 1/65535 of the range
      uniform mat4 uViewProj;
      uniform int uMode;
      uniform vec2 uIntensity;
      uniform vec2 uHeight;
      uniform float uPointSize;
      out vec3 vColor;
      vec3 ramp(float t) {
        t = clamp(t, 0.0, 1.0);
        return clamp(vec3(1.5 - abs(4.0 * t - 3.0), 1.5 - abs(4.0 * t - 2.0),
                          1.5 - abs(4.0 * t - 1.0)), 0.0, 1.0);
      }
      vec3 palette(uint i) {
        float h = fract(float(i) * 0.618034);
        return clamp(abs(fract(h + vec3(0.0, 2.0 / 3.0, 1.0 / 3.0)) * 6.0 - 3.0) - 1.0,
                     0.0, 1.0) * 0.8 + 0.2;
      }
      void main() {
        gl_Position = uViewProj * vec4(aPos.xyz, 1.0);
        gl_PointSize = uPointSize;
        uint cls = aExtra.x >> 8u;
        if (uMode == 0) {
          vColor = vec3(clamp((aPos.w - uIntensity.x) / (uIntensity.y - uIntensity.x), 0.0, 1.0));
        } else if (uMode == 1) {
          vColor = ramp((aPos.z - uHeight.x) / (uHeight.y - uHeight.x));
        } else if (uMode == 2) {
          vColor = palette(aExtra.x & 255u);
        } else if (uMode == 3) {
          vColor = cls == 1u ? vec3(0.55, 0.42, 0.3) : cls == 2u ? vec3(1.0, 1.0, 0.85)
                                                                 : vec3(0.45, 0.6, 0.75);
        } else {
          vColor = ramp(float(aExtra.y) / 65535.0);
        }
      }
      """;

  static final String POINTS_FS =
      """
      #version 330 core
      in vec3 vColor;
      out vec4 outColor;
      out uint outId;
      void main() {
        outColor = vec4(vColor, 1.0);
        outId = 1u;
      }
      """;

  /** Screen-space wide lines: each segment is a quad whose corners are pushed apart in pixels. */
  static final String LINES_VS =
      """
      #version 330 core
      layout(location = 0) in vec3 aA;
      layout(location = 1) in vec3 aB;
      layout(location = 2) in vec4 aParams; // end (0 = A, 1 = B), side (-1, 1), metres along, dash period
      layout(location = 3) in vec2 aWidth;  // width in metres, minimum width in pixels
      layout(location = 4) in vec4 aColor;
      layout(location = 5) in uint aId;
      uniform mat4 uViewProj;
      uniform vec2 uViewport;     // pixels
      uniform float uPxPerMetre;  // at clip w = 1
      out vec4 vColor;
      out float vAlong;
      flat out float vDash;
      flat out uint vId;
      void main() {
        vec4 a = uViewProj * vec4(aA, 1.0);
        vec4 b = uViewProj * vec4(aB, 1.0);
        const float nearW = 1e-3;
        if (a.w < nearW) { a = mix(a, b, (nearW - a.w) / (b.w - a.w)); }
        if (b.w < nearW) { b = mix(b, a, (nearW - b.w) / (a.w - b.w)); }
        vec2 sa = a.xy / a.w * uViewport * 0.5;
        vec2 sb = b.xy / b.w * uViewport * 0.5;
        vec2 d = sb - sa;
        vec2 dir = length(d) > 1e-6 ? normalize(d) : vec2(1.0, 0.0);
        vec2 normal = vec2(-dir.y, dir.x);
        vec4 p = aParams.x < 0.5 ? a : b;
        float width = max(aWidth.y, aWidth.x * uPxPerMetre / p.w);
        p.xy += normal * aParams.y * width * 0.5 / (uViewport * 0.5) * p.w;
        gl_Position = p;
        vColor = aColor;
        vAlong = aParams.z;
        vDash = aParams.w;
        vId = aId;
      }
      """;

  static final String LINES_FS =
      """
      #version 330 core
      in vec4 vColor;
      in float vAlong;
      flat in float vDash;
      flat in uint vId;
      out vec4 outColor;
      out uint outId;
      void main() {
        if (vDash > 0.0 && mod(vAlong, vDash) > vDash / 3.0) discard;
        outColor = vec4(vColor.rgb * vColor.a, vColor.a);
        outId = vId;
      }
      """;

  /** Square markers of a given pixel size: vertex handles. */
  static final String MARKERS_VS =
      """
      #version 330 core
      layout(location = 0) in vec4 aPos; // x, y, z, size in pixels
      layout(location = 1) in vec4 aColor;
      layout(location = 2) in uint aId;
      uniform mat4 uViewProj;
      out vec4 vColor;
      flat out uint vId;
      void main() {
        gl_Position = uViewProj * vec4(aPos.xyz, 1.0);
        gl_PointSize = aPos.w;
        vColor = aColor;
        vId = aId;
      }
      """;

  static final String MARKERS_FS =
      """
      #version 330 core
      in vec4 vColor;
      flat in uint vId;
      out vec4 outColor;
      out uint outId;
      void main() {
        vec2 c = abs(gl_PointCoord - 0.5);
        bool edge = max(c.x, c.y) > 0.3;
        outColor = edge ? vec4(0.0, 0.0, 0.0, 1.0) : vec4(vColor.rgb, 1.0);
        outId = vId;
      }
      """;
}
