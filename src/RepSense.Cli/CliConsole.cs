using Spectre.Console;

namespace RepSense.Cli;

/// <summary>Spectre.Console bound to a command's output: colour only when <see cref="CliContext.Colour"/> allows,
/// never interactive, and wide enough that tables written to a file or a test do not wrap.</summary>
internal static class CliConsole
{
    private const int RedirectedWidth = 160;

    public static IAnsiConsole For(CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = context.Colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = context.Colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(context.Output),
            Interactive = InteractionSupport.No,
        });
        if (!context.Interactive) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
