package dev.mapsmith.viewer3d.render;

import static org.lwjgl.opengl.GL33C.*;

import dev.mapsmith.viewer3d.gl.GlObjects;
import dev.mapsmith.viewer3d.gl.GlObjects.Kind;
import java.util.HashMap;
import java.util.Map;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryStack;

/** A linked vertex + fragment program with cached uniform locations. Render thread only. */
final class ShaderProgram implements AutoCloseable {

  private final GlObjects objects;
  private final int program;
  private final Map<String, Integer> uniforms = new HashMap<>();

  ShaderProgram(GlObjects objects, String name, String vertex, String fragment) {
    this.objects = objects;
    int vs = compile(name, GL_VERTEX_SHADER, vertex);
    int fs = compile(name, GL_FRAGMENT_SHADER, fragment);
    program = objects.program();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glBindFragDataLocation(program, 0, "outColor");
    glBindFragDataLocation(program, 1, "outId");
    glLinkProgram(program);
    glDetachShader(program, vs);
    glDetachShader(program, fs);
    objects.delete(Kind.SHADER, vs);
    objects.delete(Kind.SHADER, fs);
    if (glGetProgrami(program, GL_LINK_STATUS) != GL_TRUE) {
      String log = glGetProgramInfoLog(program);
      objects.delete(Kind.PROGRAM, program);
      throw new IllegalStateException("shader " + name + " did not link: " + log);
    }
  }

  private int compile(String name, int type, String source) {
    int shader = objects.shader(type);
    glShaderSource(shader, source);
    glCompileShader(shader);
    if (glGetShaderi(shader, GL_COMPILE_STATUS) != GL_TRUE) {
      String log = glGetShaderInfoLog(shader);
      objects.delete(Kind.SHADER, shader);
      throw new IllegalStateException("shader " + name + " did not compile: " + log);
    }
    return shader;
  }

  void use() {
    glUseProgram(program);
  }

  private int location(String uniform) {
    return uniforms.computeIfAbsent(uniform, u -> glGetUniformLocation(program, u));
  }

  void set(String uniform, Matrix4f m) {
    try (MemoryStack stack = MemoryStack.stackPush()) {
      glUniformMatrix4fv(location(uniform), false, m.get(stack.mallocFloat(16)));
    }
  }

  void set(String uniform, float v) {
    glUniform1f(location(uniform), v);
  }

  void set(String uniform, int v) {
    glUniform1i(location(uniform), v);
  }

  void set(String uniform, float a, float b) {
    glUniform2f(location(uniform), a, b);
  }

  @Override
  public void close() {
    objects.delete(Kind.PROGRAM, program);
  }
}
