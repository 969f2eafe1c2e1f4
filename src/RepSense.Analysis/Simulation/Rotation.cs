using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// A rotation as a unit quaternion in double precision (System.Numerics' quaternion is single precision, too coarse
/// to difference orientations a millisecond apart). <c>a * b</c> applies <c>b</c> first, then <c>a</c>;
/// <see cref="Rotate"/> maps a vector from the rotated frame into the reference frame (a body-to-world rotation maps
/// body coordinates to world coordinates). The default value is not a rotation; use <see cref="Identity"/>.
/// </summary>
public readonly record struct Rotation(double W, double X, double Y, double Z)
{
    public static Rotation Identity => new(1, 0, 0, 0);

    /// <summary>Rotation by <paramref name="angleRad"/> about <paramref name="axis"/> (right-handed; the axis need
    /// not be unit length but must not be zero).</summary>
    public static Rotation FromAxisAngle(Vec3 axis, double angleRad)
    {
        double length = axis.Length;
        if (!(length > 0)) throw new ArgumentException("The rotation axis must not be zero.", nameof(axis));
        double s = Math.Sin(angleRad / 2) / length;
        return new Rotation(Math.Cos(angleRad / 2), axis.X * s, axis.Y * s, axis.Z * s);
    }

    /// <summary>The rotation whose axis is the direction of <paramref name="v"/> and whose angle (rad) is its
    /// length; the inverse of <see cref="ToRotationVector"/>.</summary>
    public static Rotation FromRotationVector(Vec3 v)
    {
        double angle = v.Length;
        if (angle < 1e-12) return new Rotation(1, v.X / 2, v.Y / 2, v.Z / 2).Normalized();
        double s = Math.Sin(angle / 2) / angle;
        return new Rotation(Math.Cos(angle / 2), v.X * s, v.Y * s, v.Z * s);
    }

    /// <summary>The body-to-reference rotation of a frame whose x axis is <paramref name="xAxis"/> and whose z axis
    /// is (the part of <paramref name="zAxis"/> perpendicular to x), both given in reference coordinates.</summary>
    public static Rotation FromAxes(Vec3 xAxis, Vec3 zAxis)
    {
        var x = VectorMath.Normalized(xAxis);
        var z = VectorMath.Normalized(zAxis - x * zAxis.Dot(x));
        var y = VectorMath.Cross(z, x);
        return FromMatrix(x.X, y.X, z.X, x.Y, y.Y, z.Y, x.Z, y.Z, z.Z);
    }

    /// <summary>Intrinsic z-y'-x'' (yaw, then pitch, then roll) angles in degrees, the aerospace convention.</summary>
    public static Rotation FromYawPitchRollDegrees(double yawDeg, double pitchDeg, double rollDeg)
    {
        const double rad = Math.PI / 180;
        return FromAxisAngle(new Vec3(0, 0, 1), yawDeg * rad)
             * FromAxisAngle(new Vec3(0, 1, 0), pitchDeg * rad)
             * FromAxisAngle(new Vec3(1, 0, 0), rollDeg * rad);
    }

    /// <summary>A rotation drawn uniformly from all rotations (Shoemake's method).</summary>
    public static Rotation Uniform(Random random)
    {
        double u1 = random.NextDouble(), u2 = random.NextDouble() * 2 * Math.PI, u3 = random.NextDouble() * 2 * Math.PI;
        double a = Math.Sqrt(1 - u1), b = Math.Sqrt(u1);
        return new Rotation(b * Math.Cos(u3), a * Math.Sin(u2), a * Math.Cos(u2), b * Math.Sin(u3));
    }

    public static Rotation operator *(Rotation a, Rotation b) => new(
        a.W * b.W - a.X * b.X - a.Y * b.Y - a.Z * b.Z,
        a.W * b.X + a.X * b.W + a.Y * b.Z - a.Z * b.Y,
        a.W * b.Y - a.X * b.Z + a.Y * b.W + a.Z * b.X,
        a.W * b.Z + a.X * b.Y - a.Y * b.X + a.Z * b.W);

    public Rotation Inverse => new(W, -X, -Y, -Z);

    public Rotation Normalized()
    {
        double n = Math.Sqrt(W * W + X * X + Y * Y + Z * Z);
        return new Rotation(W / n, X / n, Y / n, Z / n);
    }

    /// <summary>The vector rotated by this rotation.</summary>
    public Vec3 Rotate(Vec3 v)
    {
        var q = new Vec3(X, Y, Z);
        var t = VectorMath.Cross(q, v) * 2;
        return v + t * W + VectorMath.Cross(q, t);
    }

    /// <summary>The vector rotated by the inverse rotation (reference coordinates into body coordinates).</summary>
    public Vec3 InverseRotate(Vec3 v) => Inverse.Rotate(v);

    /// <summary>Axis times angle (rad) of the shortest equivalent rotation; angle in [0, π].</summary>
    public Vec3 ToRotationVector()
    {
        double w = W, x = X, y = Y, z = Z;
        if (w < 0) { w = -w; x = -x; y = -y; z = -z; }
        double s = Math.Sqrt(x * x + y * y + z * z);
        if (s < 1e-12) return new Vec3(2 * x, 2 * y, 2 * z);
        double angle = 2 * Math.Atan2(s, w);
        return new Vec3(x, y, z) * (angle / s);
    }

    /// <summary>The angle (rad, in [0, π]) of the rotation taking this one to <paramref name="other"/>.</summary>
    public double AngleTo(Rotation other) => (Inverse * other).ToRotationVector().Length;

    /// <summary>Spherical interpolation along the shortest path: 0 gives <paramref name="from"/>, 1 gives <paramref name="to"/>.</summary>
    public static Rotation Slerp(Rotation from, Rotation to, double t) =>
        from * FromRotationVector((from.Inverse * to).ToRotationVector() * t);

    private static Rotation FromMatrix(double m00, double m01, double m02, double m10, double m11, double m12,
        double m20, double m21, double m22)
    {
        double trace = m00 + m11 + m22;
        Rotation q;
        if (trace > 0)
        {
            double s = Math.Sqrt(trace + 1) * 2;
            q = new Rotation(s / 4, (m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s);
        }
        else if (m00 > m11 && m00 > m22)
        {
            double s = Math.Sqrt(1 + m00 - m11 - m22) * 2;
            q = new Rotation((m21 - m12) / s, s / 4, (m01 + m10) / s, (m02 + m20) / s);
        }
        else if (m11 > m22)
        {
            double s = Math.Sqrt(1 + m11 - m00 - m22) * 2;
            q = new Rotation((m02 - m20) / s, (m01 + m10) / s, s / 4, (m12 + m21) / s);
        }
        else
        {
            double s = Math.Sqrt(1 + m22 - m00 - m11) * 2;
            q = new Rotation((m10 - m01) / s, (m02 + m20) / s, (m12 + m21) / s, s / 4);
        }
        return q.Normalized();
    }
}
