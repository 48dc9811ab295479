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

  /** One triangle that covers the screen, from gl_VertexID alone. */
  static final String FULLSCREEN_VS =
      """
      #version 330 core
      void main() {
        vec2 p = vec2(float((gl_VertexID & 1) << 2) - 1.0, float((gl_VertexID & 2) << 1) - 1.0);
        gl_Position = vec4(p, 0.0, 1.0);
      }
      """;

  /**
   * Eye-dome lighting: compares each drawn pixel's depth with 8 neighbours and darkens it by how
   * much nearer they are, exp(-300 · strength · mean step), as Potree does. Perspective depth
   * counts as log2 of the eye distance; orthographic depth as metres over the visible half height.
   * Background pixels (depth 1) and background neighbours are left out.
   */
  static final String EYE_DOME_FS =
      """
      #version 330 core
      uniform sampler2D uColor;
      uniform sampler2D uDepth;
      uniform vec2 uProj;         // projection m22, m32
      uniform int uOrtho;
      uniform float uOrthoScale;  // 1 / visible half height
      uniform float uStrength;
      uniform float uRadius;
      out vec4 outColor;
      float depthValue(float d) {
        float ndc = 2.0 * d - 1.0;
        if (uOrtho == 1) {
          return (uProj.y - ndc) / uProj.x * uOrthoScale;
        }
        return log2(uProj.y / (ndc + uProj.x));
      }
      void main() {
        ivec2 p = ivec2(gl_FragCoord.xy);
        ivec2 size = textureSize(uDepth, 0);
        vec4 c = texelFetch(uColor, p, 0);
        float d = texelFetch(uDepth, p, 0).r;
        if (d >= 1.0) {
          outColor = c;
          return;
        }
        float v = depthValue(d);
        float sum = 0.0;
        for (int i = 0; i < 8; i++) {
          float a = float(i) * 0.7853982;
          ivec2 q = clamp(p + ivec2(round(vec2(cos(a), sin(a)) * uRadius)), ivec2(0), size - 1);
          float dn = texelFetch(uDepth, q, 0).r;
          if (dn < 1.0) {
            sum += max(0.0, v - depthValue(dn));
          }
        }
        float shade = exp(-sum / 8.0 * 300.0 * uStrength);
        outColor = vec4(c.rgb * shade, c.a);
      }
      """;
}
