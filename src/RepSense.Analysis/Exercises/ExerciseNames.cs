using System.Text;

namespace RepSense.Analysis.Exercises;

/// <summary>How exercise names are compared: case, spaces and punctuation never matter ("DB row" = "db-row"), and
/// misspellings are measured per word so "dumbell rwo" is close to "dumbbell row".</summary>
internal static class ExerciseNames
{
    /// <summary>Lower-case letters and digits only: "One-Arm Dumbbell Row" → "onearmdumbbellrow".</summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    /// <summary>The words of a name, normalised: "Farmer's Carry" → ["farmers", "carry"].</summary>
    public static string[] Tokens(string name) =>
        name.Split([' ', '-', '_', '/', ',', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalize)
            .Where(token => token.Length > 0)
            .ToArray();

    /// <summary>Splits a trailing parenthesised qualifier, as Strong and Hevy write equipment:
    /// "Lat Pulldown (Cable)" → "Lat Pulldown" and "Cable". False when the name has none.</summary>
    public static bool TrySplitQualifier(string name, out string baseName, out string qualifier)
    {
        string trimmed = name.Trim();
        int open = trimmed.LastIndexOf('(');
        if (open > 0 && trimmed.EndsWith(')'))
        {
            baseName = trimmed[..open].Trim();
            qualifier = trimmed[(open + 1)..^1].Trim();
            return baseName.Length > 0 && qualifier.Length > 0;
        }
        baseName = trimmed;
        qualifier = "";
        return false;
    }

    /// <summary>
    /// How far apart two names are, from 0 (the same after normalisation) to 1 (nothing in common): the better of a
    /// whole-name comparison (catches "pullup" vs "pull up") and a word-by-word one, where each word of either name
    /// is matched to its closest word in the other (catches misspelt and reordered words).
    /// </summary>
    public static double Distance(string a, string b)
    {
        string wholeA = Normalize(a), wholeB = Normalize(b);
        if (wholeA.Length == 0 || wholeB.Length == 0) return 1;
        double whole = Relative(wholeA, wholeB);
        string[] tokensA = Tokens(a), tokensB = Tokens(b);
        double words = (ClosestWords(tokensA, tokensB) + ClosestWords(tokensB, tokensA)) / 2;
        return Math.Min(whole, words);
    }

    private static double ClosestWords(string[] from, string[] to)
    {
        double sum = 0;
        foreach (string word in from)
        {
            double best = 1;
            foreach (string other in to)
                best = Math.Min(best, Relative(word, other));
            sum += best;
        }
        return sum / from.Length;
    }

    private static double Relative(string a, string b) => (double)EditDistance(a, b) / Math.Max(a.Length, b.Length);

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions
    /// ("rwo" → "row" is one edit) each cost 1.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                d[i, j] = best;
            }
        }
        return d[a.Length, b.Length];
    }
}
