namespace RepSense.Log.Formats;

/// <summary>
/// Protection against CSV injection in exported text cells (names, notes): a cell that starts with = + - @ (or tab
/// or CR) would run as a formula in a spreadsheet, so it gets a leading apostrophe, which spreadsheets show as text.
/// A cell that already starts with an apostrophe followed by one of those (or by another apostrophe) gets one too,
/// so <see cref="Restore"/> can undo exactly what <see cref="Neutralize"/> did and an export re-imports unchanged.
/// Numbers are written by the exporters as numbers and are not touched (-5 stays a number).
/// </summary>
public static class CsvCells
{
    private const string Triggers = "=+-@\t\r";

    public static string Neutralize(string text) => NeedsEscape(text) ? "'" + text : text;

    public static string Restore(string text) =>
        text.Length >= 2 && text[0] == '\'' && (Triggers.Contains(text[1]) || text[1] == '\'') ? text[1..] : text;

    private static bool NeedsEscape(string text) =>
        text.Length > 0 && (Triggers.Contains(text[0]) || (text[0] == '\'' && text.Length > 1 && (Triggers.Contains(text[1]) || text[1] == '\'')));
}
