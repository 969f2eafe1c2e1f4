using System.CommandLine;

namespace RepSense.Cli.Commands.Import;

/// <summary><c>repsense import RECORDING --exercise NAME --weight W [--date D]</c>: analyse a recording and merge
/// its sets into that day's workout.</summary>
internal static class ImportCommandDefinition
{
    public static readonly Argument<string> Recording = new("recording") { Description = "The recording: a file, a folder or a .zip." };

    public static readonly Option<string> Exercise = new("--exercise")
    {
        Description = "The exercise performed (a catalog name or alias).",
        Required = true,
    };

    public static readonly Option<string> Weight = new("--weight")
    {
        Description = "The weight lifted: 100kg, 225lb, bw, or a bare number in the exercise's last unit.",
        Required = true,
    };

    /// <summary>The workout's day: <see cref="CommonOptions.Date"/>'s parsing, with this verb's default.</summary>
    public static readonly Option<DateOnly?> Date = new("--date")
    {
        Description = "The day of the workout (YYYY-MM-DD); default the day the recording started, when it records " +
                      "its start time, else today.",
        HelpName = "date",
        CustomParser = CliDates.Parse,
    };

    static ImportCommandDefinition()
    {
        OptionValues.Exercise(Exercise);
        OptionValues.Weight(Weight);
    }

    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Analyse a recording and merge its sets into that day's workout in the log " +
                                            "(re-importing the same recording changes nothing).")
        {
            Recording, Exercise, Weight, Date, CommonOptions.LogPath,
        };
        command.SetAction(parse => new ImportCommand(context).Run(parse));
        return command;
    }
}
