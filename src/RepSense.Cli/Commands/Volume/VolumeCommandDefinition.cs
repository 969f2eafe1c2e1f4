using System.CommandLine;

namespace RepSense.Cli.Commands.Volume;

/// <summary><c>repsense volume [--week DATE] [--json]</c>: a week's hard sets per movement pattern against the
/// articles' guidance.</summary>
internal static class VolumeCommandDefinition
{
    public static readonly Option<DateOnly?> Week = new("--week")
    {
        Description = "Any day of the week to count (YYYY-MM-DD; weeks run Monday to Sunday); default this week.",
        HelpName = "date",
        CustomParser = CliDates.Parse,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("volume", "Hard sets per movement pattern this week against the guidance " +
                                            "(12-18 back sets a week; vertical and horizontal pulls about 1:1).")
        {
            Week, CommonOptions.Json, CommonOptions.LogPath,
        };
        command.SetAction(parse => new VolumeCommand(context).Run(parse));
        return command;
    }
}
