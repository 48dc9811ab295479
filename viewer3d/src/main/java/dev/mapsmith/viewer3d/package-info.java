/**
 * The 3D viewer's public API: scenes, cameras, render requests and the offscreen renderer on its
 * own thread. The only module that may use org.lwjgl; GL calls stay on the render thread.
 */
package dev.mapsmith.viewer3d;
