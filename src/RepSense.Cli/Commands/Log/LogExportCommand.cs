using System.CommandLine;
using System.Text;
using RepSense.Analysis.Exercises;
using RepSense.Log.Formats;

namespace RepSense.Cli.Commands.Log;

/// <summary><c>log export --format F</c>: the log on stdout, or in a file written beside its destination and moved
/// into place, so an interrupted export never leaves half a file.</summary>
internal sealed class LogExportCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        var format = parse.GetValue(LogCommandDefinition.Format);
        string? file = parse.GetValue(LogCommandDefinition.Output);
        using var store = CliLogStore.Open(parse);
        var workouts = store.ExportWorkouts();

        if (file is null)
        {
            LogExporter.Write(format, workouts, ExerciseCatalog.Default, context.Output);
            return (int)ExitCode.Success;
        }
        string temporary = file + ".partial";
        OutputPaths.Writing($"the export to {file}", () =>
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                LogExporter.Write(format, workouts, ExerciseCatalog.Default, writer);
            File.Move(temporary, file, overwrite: true);
        });
        context.Error.WriteLine($"Wrote {workouts.Count} workouts to {file}.");
        return (int)ExitCode.Success;
    }
}
