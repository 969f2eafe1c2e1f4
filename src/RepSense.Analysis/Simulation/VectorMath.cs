using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>The few vector operations the simulation needs beyond <see cref="Vec3"/>'s own.</summary>
internal static class VectorMath
{
    public static Vec3 Cross(Vec3 a, Vec3 b) =>
        new(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    public static Vec3 Normalized(Vec3 v)
    {
        double length = v.Length;
        if (!(length > 0)) throw new ArgumentException("Cannot normalise a zero vector.", nameof(v));
        return v * (1 / length);
    }
}
