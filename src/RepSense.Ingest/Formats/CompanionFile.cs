using System.Text.RegularExpressions;

namespace RepSense.Ingest.Formats;

/// <summary>How a file of a two-file recording names its partner next to it: MetaWear writes
/// <c>…_Accelerometer_12.500Hz_1.4.4.csv</c> and <c>…_Gyroscope_25.000Hz_1.4.4.csv</c>, Polar Sensor Logger
/// <c>…_ACC.txt</c> and <c>…_GYRO.txt</c>.</summary>
/// <param name="FileName">Matches this file's name; its groups are used by <paramref name="Partner"/>.</param>
/// <param name="Partner">The partner's name as a <see cref="Regex.Replace(string, string)"/> replacement of
/// <paramref name="FileName"/>, where <c>*</c> stands for any text (the partner's rate differs).</param>
public sealed record CompanionFile(Regex FileName, string Partner)
{
    /// <summary>Whether <paramref name="candidate"/> is the partner of <paramref name="fileName"/>.</summary>
    public bool IsPartner(string fileName, string candidate)
    {
        var match = FileName.Match(fileName);
        if (!match.Success) return false;
        string glob = match.Result(Partner);
        string pattern = "^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(candidate, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
