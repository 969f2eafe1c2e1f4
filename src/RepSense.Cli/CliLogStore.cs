using System.CommandLine;
using RepSense.Log.Store;

namespace RepSense.Cli;

/// <summary>Opens the log a command was pointed at: <c>--log</c>, else <c>REPSENSE_LOG</c>, else the XDG data
/// folder (<see cref="LogPaths"/>).</summary>
internal static class CliLogStore
{
    public static LogStore Open(ParseResult parse) => LogStore.Open(LogPaths.Resolve(parse.GetValue(CommonOptions.LogPath)));
}
