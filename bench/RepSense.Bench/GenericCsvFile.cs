using System.Globalization;
using System.Text;

namespace RepSense.Bench;

/// <summary>A generic 6-axis CSV in the layout of ../shared/data (t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps) with
/// timestamps that jitter like a real export, written once per benchmark run.</summary>
internal static class GenericCsvFile
{
    public static void Write(string path, int rows, double rateHz)
    {
        var random = new Random(20240611);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write("t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps\n");
        double periodS = 1.0 / rateHz;
        for (int i = 0; i < rows; i++)
        {
            double timeS = i * periodS + (random.NextDouble() - 0.5) * 0.2 * periodS;
            double phase = 2 * Math.PI * 0.4 * timeS;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{timeS:0.0000},{0.1 * Math.Sin(phase) + Noise(random):0.0000},{0.05 * Math.Cos(phase) + Noise(random):0.0000},{-1 + 0.2 * Math.Sin(phase) + Noise(random):0.0000},{40 * Math.Cos(phase):0.000},{5 * Noise(random):0.000},{10 * Math.Sin(phase):0.000}\n"));
        }
    }

    private static double Noise(Random random) => (random.NextDouble() - 0.5) * 0.02;
}
