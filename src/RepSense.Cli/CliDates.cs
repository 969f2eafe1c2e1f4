using System.CommandLine.Parsing;
using System.Globalization;

namespace RepSense.Cli;

/// <summary>Dates on the command line are ISO (YYYY-MM-DD); anything else is a usage error naming the option.</summary>
internal static class CliDates
{
    public static DateOnly? Parse(ArgumentResult result)
    {
        string text = OptionValues.Single(result);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        result.AddError($"'{text}' is not a date (expected YYYY-MM-DD, e.g. 2025-03-01).");
        return null;
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);
}
