using System.Globalization;
using RepSense.Ingest;

namespace RepSense.Cli.Commands.Eval;

/// <summary>One labelled recording of a manifest.</summary>
/// <param name="Path">Absolute path of the recording.</param>
/// <param name="File">The path as the manifest gives it (relative to the manifest).</param>
/// <param name="Exercise">The manifest's exercise name (the dataset's own vocabulary).</param>
/// <param name="TrueReps">The label: the lifter's or the protocol's count.</param>
/// <param name="LabelCheck">The audit's verdict on the label: agreed, suspect, unclear, or null when not audited.</param>
/// <param name="VisualReps">The count seen by eye in the audit, when there is one.</param>
internal sealed record EvalItem(string Path, string File, string Exercise, int TrueReps, string? LabelCheck, int? VisualReps)
{
    public bool IsSuspect => string.Equals(LabelCheck, "suspect", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Reads a labelled manifest in the layout of ../shared/data: a header with at least
/// <c>file,exercise,participant,true_reps,sample_rate_hz</c> (any order, more columns allowed; <c>label_check</c> and
/// <c>visual_reps</c> are used when present), one recording per row, paths relative to the manifest. Fields may be
/// quoted.
/// </summary>
internal static class EvalManifest
{
    private static readonly string[] Required = ["file", "exercise", "participant", "true_reps", "sample_rate_hz"];

    public static IReadOnlyList<EvalItem> Read(string manifestPath)
    {
        if (!System.IO.File.Exists(manifestPath))
            throw new RepSenseException($"{manifestPath}: no such manifest file.");
        var lines = System.IO.File.ReadAllLines(manifestPath);
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
            throw new RepSenseException($"{manifestPath}: the manifest is empty (expected a header starting with {string.Join(",", Required)}).");
        var header = Split(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var column in Required)
            if (!header.Contains(column))
                throw new RepSenseException($"{manifestPath}:1: the header has no '{column}' column (expected {string.Join(",", Required)}; found '{lines[0]}').");
        int file = header.IndexOf("file"), exercise = header.IndexOf("exercise"), reps = header.IndexOf("true_reps");
        int check = header.IndexOf("label_check"), visual = header.IndexOf("visual_reps");
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(manifestPath))!;

        var items = new List<EvalItem>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var f = Split(lines[i]);
            if (f.Count < header.Count)
                throw new RepSenseException($"{manifestPath}:{i + 1}: expected {header.Count} fields, found {f.Count}.");
            if (!int.TryParse(f[reps], NumberStyles.Integer, CultureInfo.InvariantCulture, out int trueReps) || trueReps < 0)
                throw new RepSenseException($"{manifestPath}:{i + 1}: true_reps: expected a whole number of reps, found '{f[reps]}'.");
            int? seen = visual >= 0 && double.TryParse(f[visual], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? (int)Math.Round(v) : null;
            string? verdict = check >= 0 && f[check].Length > 0 ? f[check] : null;
            items.Add(new EvalItem(System.IO.Path.Combine(folder, f[file]), f[file], f[exercise], trueReps, verdict, seen));
        }
        return items;
    }

    /// <summary>Splits one CSV line; double quotes protect commas, a doubled quote is a quote.</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
