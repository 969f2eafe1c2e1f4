namespace RepSense.Analysis.Simulation;

/// <summary>
/// Independent random streams from one seed, so that drawing one more number in one place (say, the noise) does not
/// shift every later draw somewhere else (the motion). Never <see cref="HashCode"/>: it is randomised per process.
/// </summary>
internal static class SimulationSeeds
{
    public const int Motion = 1;
    public const int Faults = 2;
    public const int Mount = 3;
    public const int Sensor = 4;

    public static int Derive(int seed, int stream)
    {
        unchecked
        {
            uint x = (uint)seed * 0x9E3779B1u + (uint)stream * 0x85EBCA77u;
            x ^= x >> 15;
            x *= 0x2C1B3C6Du;
            x ^= x >> 12;
            return (int)(x & 0x7FFFFFFF);
        }
    }
}
