/**
 * What the renderer draws: clouds on the GPU with level of detail, lines, markers, eye-dome
 * lighting. Render thread only; every GL object it makes is deleted on close or failure.
 */
package dev.mapsmith.viewer3d.render;
