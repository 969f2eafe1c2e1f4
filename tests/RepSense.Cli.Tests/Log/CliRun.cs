using RepSense.Cli;
using RepSense.Log.Recordings;

namespace RepSense.Cli.Tests.Log;

/// <summary>Runs <c>repsense</c> in-process against one temporary log.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly TempFolder _temp = new();

    public string Log => _temp.File("log.db");

    public TempFolder Folder => _temp;

    public RecordingAnalyzer? Analyzer { get; set; }

    public (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = CliContext.Plain(output, error);
        if (Analyzer is not null) context = new CliContext(output, error, false, false) { Analyzer = Analyzer };
        int code = CliApp.Run([.. args, "--log", Log], context);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
