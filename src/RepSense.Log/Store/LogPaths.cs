namespace RepSense.Log.Store;

/// <summary>
/// Where the log lives: <c>--log PATH</c> when given, else <c>REPSENSE_LOG</c>, else
/// <c>$XDG_DATA_HOME/repsense/log.db</c>, else <c>~/.local/share/repsense/log.db</c> (the XDG default).
/// </summary>
public static class LogPaths
{
    public const string EnvironmentVariable = "REPSENSE_LOG";

    public static string Resolve(string? option) => Resolve(option, Environment.GetEnvironmentVariable);

    /// <param name="option">The --log value, or null.</param>
    /// <param name="environment">Reads an environment variable (tests pass their own).</param>
    public static string Resolve(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(option)) return option;
        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment) return fromEnvironment;
        string dataHome = environment("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "repsense", "log.db");
    }
}
