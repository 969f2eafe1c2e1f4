using System.Text;

namespace RepSense.Analysis.Exercises;

/// <summary>Enum members as the catalog file and RepSense's JSON spell them: lower-case kebab
/// (<c>MovementPattern.VerticalPull</c> ↔ "vertical-pull").</summary>
public static class KebabEnum
{
    /// <summary>"VerticalPull" → "vertical-pull".</summary>
    public static string ToKebab<T>(T value) where T : struct, Enum => Kebab(value.ToString());

    /// <summary>Parses the kebab spelling exactly (no numbers, no PascalCase); false for anything else.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (T candidate in Enum.GetValues<T>())
        {
            if (string.Equals(ToKebab(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>All kebab spellings, for "expected one of …" messages.</summary>
    public static string Expected<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(v => ToKebab(v)));

    private static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c) && i > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
