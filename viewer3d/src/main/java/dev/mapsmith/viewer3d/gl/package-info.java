/**
 * GL contexts (EGL surfaceless, hidden GLFW), the render thread, GL object bookkeeping and debug
 * output. Render thread only.
 */
package dev.mapsmith.viewer3d.gl;
