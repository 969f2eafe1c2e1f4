namespace RepSense.Ingest;

/// <summary>
/// Three sensor-frame axis values. The unit is carried by the name of the member that holds it
/// (<see cref="ImuSample.AccelerationMs2"/>, <see cref="ImuSample.RotationRateRadS"/>).
/// </summary>
public readonly record struct Vec3(double X, double Y, double Z)
{
    public static Vec3 Zero => default;

    /// <summary>Euclidean length; NaN if any component is NaN.</summary>
    public double Length => Math.Sqrt(X * X + Y * Y + Z * Z);

    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    public static Vec3 operator *(Vec3 a, double s) => new(a.X * s, a.Y * s, a.Z * s);
    public static Vec3 operator *(double s, Vec3 a) => a * s;

    public double Dot(Vec3 other) => X * other.X + Y * other.Y + Z * other.Z;

    /// <summary>Linear interpolation: <paramref name="t"/> = 0 gives this value, 1 gives <paramref name="to"/>.</summary>
    public Vec3 Lerp(Vec3 to, double t) => new(X + (to.X - X) * t, Y + (to.Y - Y) * t, Z + (to.Z - Z) * t);

    public bool IsFinite => double.IsFinite(X) && double.IsFinite(Y) && double.IsFinite(Z);
}
