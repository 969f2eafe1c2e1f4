namespace RepSense.Analysis.Simulation;

/// <summary>
/// The imperfections of a real inertial sensor. White noise is given as a density and scaled by √(rate / 2) per
/// sample (the noise in the band up to Nyquist); biases are drawn once per recording; readings are clipped to the
/// range and quantised to the least significant bit.
/// </summary>
public sealed record SensorModel
{
    /// <summary>Accelerometer noise density, µg/√Hz (phone-grade ~150).</summary>
    public double AccelNoiseUgPerRootHz { get; init; }

    /// <summary>Standard deviation of the per-axis accelerometer bias, mg (clipped to 3σ).</summary>
    public double AccelBiasMg { get; init; }

    /// <summary>Standard deviation of the per-axis scale error, percent.</summary>
    public double AccelScaleErrorPct { get; init; }

    /// <summary>Full-scale range, ±g; 0 for unlimited.</summary>
    public double AccelRangeG { get; init; }

    /// <summary>Quantisation step, g; 0 for none.</summary>
    public double AccelLsbG { get; init; }

    /// <summary>Gyroscope noise density, deg/s/√Hz.</summary>
    public double GyroNoiseDpsPerRootHz { get; init; }

    /// <summary>Standard deviation of the per-axis gyroscope bias, deg/s (clipped to 3σ).</summary>
    public double GyroBiasDps { get; init; }

    /// <summary>Full-scale range, ±deg/s; 0 for unlimited.</summary>
    public double GyroRangeDps { get; init; }

    /// <summary>Quantisation step, deg/s; 0 for none.</summary>
    public double GyroLsbDps { get; init; }

    /// <summary>Standard deviation of timestamp jitter, seconds (clipped to a quarter period; the first sample has
    /// none). The signal is sampled on the even grid; only the written times jitter, as with a logging app.</summary>
    public double TimestampJitterS { get; init; }

    /// <summary>A perfect sensor: no noise, bias, range limit, quantisation or jitter. For tests of the physics.</summary>
    public static SensorModel Ideal { get; } = new();

    /// <summary>A phone or smartwatch IMU: 150 µg/√Hz, biases of tens of mg, ±8 g at 1/4096 g, a MEMS gyro at
    /// 0.01 °/s/√Hz with a ~0.5 °/s bias, ±2000 °/s at 1/16.4 °/s, sub-millisecond timestamp jitter.</summary>
    public static SensorModel Phone { get; } = new()
    {
        AccelNoiseUgPerRootHz = 150,
        AccelBiasMg = 20,
        AccelScaleErrorPct = 0.5,
        AccelRangeG = 8,
        AccelLsbG = 1.0 / 4096,
        GyroNoiseDpsPerRootHz = 0.01,
        GyroBiasDps = 0.5,
        GyroRangeDps = 2000,
        GyroLsbDps = 1 / 16.4,
        TimestampJitterS = 0.0003,
    };

    /// <summary>An MbientLab MetaMotion (Bosch BMI160): ±16 g at 1/2048 g, 180 µg/√Hz, a gyro bias of 1–2 °/s as
    /// real MetaMotion files at rest show, and timestamps on an exact grid.</summary>
    public static SensorModel MetaMotion { get; } = new()
    {
        AccelNoiseUgPerRootHz = 180,
        AccelBiasMg = 20,
        AccelScaleErrorPct = 0.5,
        AccelRangeG = 16,
        AccelLsbG = 1.0 / 2048,
        GyroNoiseDpsPerRootHz = 0.007,
        GyroBiasDps = 1.0,
        GyroRangeDps = 2000,
        GyroLsbDps = 1 / 16.4,
        TimestampJitterS = 0,
    };
}
