using BenchmarkDotNet.Running;

namespace RepSense.Bench;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["stages", var path, ..])
        {
            StageBreakdown.Run(path, args.Length > 2 ? int.Parse(args[2]) : 15);
            return;
        }
        if (args is ["loop", var file, var count])
        {
            for (int i = 0; i < int.Parse(count); i++) RepSense.Analysis.Analyzer.Analyze(file);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
