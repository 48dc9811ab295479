package dev.mapsmith.sampledrives.sensor;

/**
 * Where the sensors sit on the vehicle (KITTI's rig): vehicle (IMU) frame x forward, y left, z up.
 * The lidar is 0.81 m ahead, 0.32 m right and 0.80 m above the IMU (1.73 m above ground); camera 2
 * is 0.27 m ahead of the lidar, 0.06 m left and 0.08 m lower, looking forward, level.
 */
public final class Rig {

  public static final double[] LIDAR_IN_VEHICLE = {0.81, -0.32, 0.80};
  public static final double[] CAM0_IN_LIDAR = {0.27, 0.0, -0.08};
  public static final double CAM2_LEFT_OF_CAM0 = 0.06;
  public static final double FX = 721.5377;
  public static final double FY = 721.5377;
  public static final double CX = 609.5593;
  public static final double CY = 172.854;
  public static final int WIDTH = 1242;
  public static final int HEIGHT = 375;

  /** The front radar, in the bumper 3.0 m ahead of the IMU and 0.5 m above the ground. */
  public static final double[] RADAR_IN_VEHICLE = {3.0, 0.0, 0.5 - VehicleMotion.IMU_HEIGHT};

  private Rig() {}

  /** Camera 2's centre in the vehicle frame. */
  public static double[] cam2InVehicle() {
    return new double[] {
      LIDAR_IN_VEHICLE[0] + CAM0_IN_LIDAR[0],
      LIDAR_IN_VEHICLE[1] + CAM0_IN_LIDAR[1] + CAM2_LEFT_OF_CAM0,
      LIDAR_IN_VEHICLE[2] + CAM0_IN_LIDAR[2]
    };
  }
}
