using System.Globalization;

namespace RepSense.Log.Model;

/// <summary>Sets and reps as typed on the command line: "3x5" (three sets of five), "5,4,4" (one set per number)
/// or "8" (one set).</summary>
public static class RepsSpec
{
    private const int MaxSets = 50;
    private const int MaxReps = 1000;

    /// <summary>The reps of each set, or false with the reason.</summary>
    public static bool TryParse(string text, out IReadOnlyList<int> reps, out string error)
    {
        reps = [];
        string spec = text.Trim().ToLowerInvariant().Replace('×', 'x');
        int x = spec.IndexOf('x');
        if (x >= 0)
        {
            if (!TryCount(spec[..x], MaxSets, out int sets) || !TryCount(spec[(x + 1)..], MaxReps, out int each))
            {
                error = $"'{text}' is not sets and reps (expected SETSxREPS like 3x5, or reps per set like 5,4,4)";
                return false;
            }
            reps = Enumerable.Repeat(each, sets).ToList();
            error = "";
            return true;
        }
        var parts = spec.Split(',');
        var list = new List<int>();
        foreach (string part in parts)
        {
            if (!TryCount(part, MaxReps, out int value, allowZero: true) || list.Count >= MaxSets)
            {
                error = $"'{text}' is not sets and reps (expected SETSxREPS like 3x5, or reps per set like 5,4,4)";
                return false;
            }
            list.Add(value);
        }
        reps = list;
        error = "";
        return true;
    }

    private static bool TryCount(string text, int max, out int value, bool allowZero = false) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= max && (allowZero ? value >= 0 : value > 0);
}
