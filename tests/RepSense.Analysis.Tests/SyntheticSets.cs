using RepSense.Ingest;

namespace RepSense.Analysis.Tests;

/// <summary>
/// Small stand-in recordings for unit tests of the analysis stages: a wrist that tilts by <c>tiltRad</c> and moves
/// <c>rangeM</c> along its own axis once per rep, smoothly (raised cosine), with rests around the set, seen by a
/// sensor in an arbitrary orientation. Realistic sessions with ground truth come from the simulator.
/// </summary>
internal static class SyntheticSets
{
    // exitTiltRad: after the last rep the wrist tilts this far the way the reps go, within half a period, and stays
    // there — leaving the station (standing up from a seated row, letting go of a handle).
    public static List<ImuSample> Set(int reps, double periodS, double rateHz, double restS = 10, double noiseMs2 = 0.05,
                                      int seed = 1, double tiltRad = 0.6, double rangeM = 0.3, bool gyro = true,
                                      double exitTiltRad = 0)
    {
        var rng = new Random(seed);
        var rotation = RandomRotation(rng);
        double total = restS + reps * periodS + restS;
        int n = (int)(total * rateHz);
        var samples = new List<ImuSample>(n);
        for (int i = 0; i < n; i++)
        {
            double t = i / rateHz;
            double u = t - restS;
            bool moving = u >= 0 && u < reps * periodS;
            double w = 2 * Math.PI / periodS;
            // phase 0..1 within a rep: raised cosine displacement and tilt
            double s = moving ? (1 - Math.Cos(w * u)) / 2 : 0;
            double sDot = moving ? Math.Sin(w * u) * w / 2 : 0;
            double sDdot = moving ? Math.Cos(w * u) * w * w / 2 : 0;
            double tilt = tiltRad * s, tiltRate = tiltRad * sDot;
            double e = u - reps * periodS, exitS = periodS / 2;
            if (exitTiltRad != 0 && e >= 0)
            {
                double x = Math.Min(e / exitS, 1);
                tilt = exitTiltRad * (1 - Math.Cos(Math.PI * x)) / 2;
                tiltRate = x < 1 ? exitTiltRad * Math.PI / exitS * Math.Sin(Math.PI * x) / 2 : 0;
            }
            // Wrist frame: gravity tilted about x, plus linear acceleration along the wrist's z axis.
            var aWrist = new Vec3(0, 9.80665 * Math.Sin(tilt), 9.80665 * Math.Cos(tilt) + rangeM * sDdot);
            var gWrist = new Vec3(tiltRate, 0, 0);
            var a = Rotate(rotation, aWrist) + new Vec3(Gauss(rng), Gauss(rng), Gauss(rng)) * noiseMs2;
            var g = Rotate(rotation, gWrist) + new Vec3(Gauss(rng), Gauss(rng), Gauss(rng)) * 0.01;
            samples.Add(gyro ? new ImuSample(t, a, g, true, true) : ImuSample.FromAcceleration(t, a, true));
        }
        return samples;
    }

    public static double Gauss(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static double[,] RandomRotation(Random rng)
    {
        double a = rng.NextDouble() * 2 * Math.PI, b = Math.Acos(2 * rng.NextDouble() - 1), c = rng.NextDouble() * 2 * Math.PI;
        double ca = Math.Cos(a), sa = Math.Sin(a), cb = Math.Cos(b), sb = Math.Sin(b), cc = Math.Cos(c), sc = Math.Sin(c);
        return new[,]
        {
            { ca * cc - sa * cb * sc, -ca * sc - sa * cb * cc, sa * sb },
            { sa * cc + ca * cb * sc, -sa * sc + ca * cb * cc, -ca * sb },
            { sb * sc, sb * cc, cb },
        };
    }

    private static Vec3 Rotate(double[,] r, Vec3 v) => new(
        r[0, 0] * v.X + r[0, 1] * v.Y + r[0, 2] * v.Z,
        r[1, 0] * v.X + r[1, 1] * v.Y + r[1, 2] * v.Z,
        r[2, 0] * v.X + r[2, 1] * v.Y + r[2, 2] * v.Z);
}
