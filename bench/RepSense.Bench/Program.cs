using BenchmarkDotNet.Running;
using RepSense.Analysis;
using RepSense.Analysis.Reports;

namespace RepSense.Bench;

internal static class Program
{
    private static void Main(string[] args)
    {
        switch (args)
        {
            case ["stages", var path, ..]:
                StageBreakdown.Run(path, args.Length > 2 ? int.Parse(args[2]) : 15);
                return;
            case ["loop", var path, var count]:
                // A steady load for a profiler (perf, dotnet-trace): the whole analysis, count times.
                for (int i = 0; i < int.Parse(count); i++) Analyzer.Analyze(path);
                return;
            case ["reports", .. var manifests]:
                // Every recording of the manifests, analysed: to diff the reports of two builds.
                foreach (var manifest in manifests) Reports(manifest);
                return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Reports(string manifest)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        foreach (var line in File.ReadLines(manifest).Skip(1))
        {
            string path = Path.Combine(folder, line[..line.IndexOf(',')]);
            Console.WriteLine($"== {path}");
            try
            {
                Console.WriteLine(AnalysisJson.Serialize(Analyzer.Analyze(path).Report));
            }
            catch (Ingest.RepSenseException ex)
            {
                Console.WriteLine(ex.Message);
            }
        }
    }
}
