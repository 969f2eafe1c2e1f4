namespace RepSense.Cli;

/// <summary>The process exit codes every command uses.</summary>
public enum ExitCode
{
    /// <summary>The command did what was asked.</summary>
    Success = 0,
    /// <summary>The input (a recording, a manifest, a log export, a database) could not be used.</summary>
    BadInput = 1,
    /// <summary>The command line itself was wrong: unknown command or option, missing argument.</summary>
    Usage = 2,
}
