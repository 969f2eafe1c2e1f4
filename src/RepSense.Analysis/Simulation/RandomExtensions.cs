namespace RepSense.Analysis.Simulation;

internal static class RandomExtensions
{
    /// <summary>A standard normal draw (Box–Muller, one value per call so the stream has no hidden state).</summary>
    public static double NextGaussian(this Random random)
    {
        double u1 = 1.0 - random.NextDouble(); // in (0, 1], so the log is finite
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double NextUniform(this Random random, double min, double max) => min + (max - min) * random.NextDouble();

    /// <summary>Whole milliseconds drawn uniformly from [<paramref name="minS"/>, <paramref name="maxS"/>] seconds.</summary>
    public static long NextMilliseconds(this Random random, double minS, double maxS) =>
        (long)Math.Round(random.NextUniform(minS, maxS) * 1000);
}
