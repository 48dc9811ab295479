package dev.mapsmith.viewer3d.gl;

import static org.lwjgl.egl.EGL10.*;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL14.eglBindAPI;
import static org.lwjgl.egl.EGL15.*;

import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EXTDeviceEnumeration;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;

/**
 * A desktop OpenGL core context made through EGL with no surface: first on the EGL device platform,
 * then on Mesa's surfaceless platform. Drawing goes into framebuffer objects.
 */
final class EglContext implements GlContext {

  static final int PLATFORM_DEVICE = 0x313F;
  static final int PLATFORM_SURFACELESS_MESA = 0x31DD;

  private final long display;
  private final long context;
  private final String description;

  private EglContext(long display, long context, String description) {
    this.display = display;
    this.context = context;
    this.description = description;
  }

  /** Makes a context current on this thread, or throws with the reason. */
  static EglContext create(boolean debug) {
    loadEglOnce();
    {
      long address = EGL.getFunctionProvider().getFunctionAddress("eglGetPlatformDisplay");
      if (address == 0) {
        address = EGL.getFunctionProvider().getFunctionAddress("eglGetPlatformDisplayEXT");
      }
      if (address == 0) {
        throw new IllegalStateException("EGL has no eglGetPlatformDisplay");
      }
      StringBuilder failures = new StringBuilder();
      long device = firstDevice();
      if (device != 0) {
        EglContext c = tryPlatform(address, PLATFORM_DEVICE, device, "EGL device", debug, failures);
        if (c != null) {
          return c;
        }
      }
      EglContext c =
          tryPlatform(address, PLATFORM_SURFACELESS_MESA, 0, "EGL surfaceless", debug, failures);
      if (c != null) {
        return c;
      }
      throw new IllegalStateException("no EGL context: " + failures);
    }
  }

  private static boolean eglLoaded;

  private static synchronized void loadEglOnce() {
    if (!eglLoaded) {
      if (EGL.getFunctionProvider() == null) { // LWJGL loads EGL when the class initialises
        EGL.create();
      }
      eglLoaded = true;
    }
  }

  private static long firstDevice() {
    if (EGL.getCapabilities().eglQueryDevicesEXT == 0) {
      return 0;
    }
    try (MemoryStack stack = MemoryStack.stackPush()) {
      PointerBuffer devices = stack.mallocPointer(8);
      int[] count = new int[1];
      if (!EXTDeviceEnumeration.eglQueryDevicesEXT(devices, count) || count[0] == 0) {
        return 0;
      }
      return devices.get(0);
    }
  }

  private static EglContext tryPlatform(
      long getDisplay,
      int platform,
      long nativeDisplay,
      String name,
      boolean debug,
      StringBuilder failures) {
    // LWJGL's wrapper rejects a null native display, which surfaceless needs: call it directly.
    long display = JNI.invokePPP(platform, nativeDisplay, 0L, getDisplay);
    if (display == EGL_NO_DISPLAY) {
      failures.append(name).append(": no display; ");
      return null;
    }
    int[] major = new int[1];
    int[] minor = new int[1];
    if (!eglInitialize(display, major, minor)) {
      failures.append(name).append(": eglInitialize error 0x");
      failures.append(Integer.toHexString(eglGetError())).append("; ");
      return null;
    }
    long context = makeContext(display, debug);
    if (context == EGL_NO_CONTEXT
        || !eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
      failures.append(name).append(": context error 0x");
      failures.append(Integer.toHexString(eglGetError())).append("; ");
      if (context != EGL_NO_CONTEXT) {
        eglDestroyContext(display, context);
      }
      eglTerminate(display);
      return null;
    }
    return new EglContext(display, context, name + " " + major[0] + "." + minor[0]);
  }

  private static long makeContext(long display, boolean debug) {
    if (!eglBindAPI(EGL_OPENGL_API)) {
      return EGL_NO_CONTEXT;
    }
    try (MemoryStack stack = MemoryStack.stackPush()) {
      PointerBuffer configs = stack.mallocPointer(1);
      int[] count = new int[1];
      // The default surface type is a window, which surfaceless displays have none of.
      int[] want = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_SURFACE_TYPE, 0, EGL_NONE};
      if (!eglChooseConfig(display, want, configs, count) || count[0] == 0) {
        want[3] = EGL_PBUFFER_BIT;
        if (!eglChooseConfig(display, want, configs, count) || count[0] == 0) {
          return EGL_NO_CONTEXT;
        }
      }
      int[] attributes = {
        EGL_CONTEXT_MAJOR_VERSION,
        3,
        EGL_CONTEXT_MINOR_VERSION,
        3,
        EGL_CONTEXT_OPENGL_PROFILE_MASK,
        EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
        EGL_CONTEXT_OPENGL_DEBUG,
        debug ? EGL_TRUE : EGL_FALSE,
        EGL_NONE
      };
      return eglCreateContext(display, configs.get(0), EGL_NO_CONTEXT, attributes);
    }
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void close() {
    eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display, context);
    eglTerminate(display);
  }
}
