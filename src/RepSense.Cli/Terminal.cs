using Spectre.Console;

namespace RepSense.Cli;

/// <summary>Spectre.Console consoles that write to a command's <see cref="CliContext"/> and honour its colour setting.</summary>
internal static class Terminal
{
    /// <summary>Tables are laid out this wide when the output is not a terminal (files, pipes, tests).</summary>
    private const int RedirectedWidth = 120;

    public static IAnsiConsole For(CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Output),
            Ansi = context.Colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.Colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = context.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!context.Interactive) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
